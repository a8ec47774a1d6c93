//! `/api/v1/listings`: search and listing details for API clients.

use super::{ApiError, ErrorBody};
use crate::app::types::ListingDetail;
use crate::app::types::account::FieldError;
use crate::app::types::ids::ListingId;
use crate::app::types::search::{SearchParams, SearchResults};
use crate::app::types::stay::{Availability, Day, Quote};
use crate::server::accounts::auth::MaybeUser;
use crate::server::catalog::{availability, listings, search};
use crate::server::http::extract::IdPath;
use crate::server::platform::db::DbScope;
use crate::server::platform::state::AppState;
use axum::extract::rejection::QueryRejection;
use axum::extract::{FromRequestParts, Query, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::{Extension, Json};

/// `Query<T>` whose rejections answer in the API's error shape.
pub struct ApiQuery<T>(pub T);

impl<T, S> FromRequestParts<S> for ApiQuery<T>
where
    Query<T>: FromRequestParts<S, Rejection = QueryRejection>,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        let Query(value) = Query::<T>::from_request_parts(parts, state)
            .await
            .map_err(|r| ApiError::new(StatusCode::BAD_REQUEST, "bad_query", r.body_text()))?;
        Ok(Self(value))
    }
}

/// Search active listings.
///
/// Every filter given must hold; with dates, only listings free for the whole stay (and
/// whose rules allow it) are found, each with the stay's total. When nothing matches,
/// `relax` names the filter whose removal would find something.
#[utoipa::path(
    get,
    path = "/api/v1/listings",
    operation_id = "search_listings",
    tag = "listings",
    params(SearchParams),
    responses(
        (status = 200, description = "A page of active listings matching every filter; with dates, each hit carries the stay's total.", body = SearchResults),
        (status = 400, description = "A parameter is malformed or out of range (named in `field`).", body = ErrorBody),
    )
)]
pub async fn search(
    Extension(db): Extension<DbScope>,
    ApiQuery(params): ApiQuery<SearchParams>,
) -> Result<Json<SearchResults>, ApiError> {
    let query =
        search::SearchQuery::parse(&params, search::today_utc()).map_err(ApiError::invalid)?;
    Ok(Json(search::search(&db, &query).await?))
}

/// One listing: photos, host, house rules and booking terms.
///
/// Active listings to everyone; a paused one only to its host.
#[utoipa::path(
    get,
    path = "/api/v1/listings/{id}",
    operation_id = "get_listing",
    tag = "listings",
    security((), ("bearer" = []), ("session" = [])),
    params(("id" = i64, Path, minimum = 1, description = "The listing.")),
    responses(
        (status = 200, description = "The listing with photos, host, house rules and booking terms.", body = ListingDetail),
        (status = 401, description = "Credentials were sent but are not valid.", body = ErrorBody),
        (status = 404, description = "No active listing has this id (a paused one is shown only to its host).", body = ErrorBody),
    )
)]
pub async fn detail(
    MaybeUser(viewer): MaybeUser,
    Extension(db): Extension<DbScope>,
    IdPath(id): IdPath<ListingId>,
) -> Result<Json<ListingDetail>, ApiError> {
    let viewer = viewer.map(|u| u.id);
    Ok(Json(listings::detail(&db, id.get(), viewer).await?))
}

/// The window of an availability calendar.
#[derive(serde::Deserialize, Default, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(default)]
pub struct AvailabilityParams {
    /// The first night shown (default: the listing's today).
    #[param(format = Date)]
    from: Option<String>,
    /// The end (exclusive): after `from`, at most 400 days later; needs `from` (default:
    /// 365 days after `from`).
    #[param(format = Date)]
    to: Option<String>,
}

/// The nights no stay may include, over a window of dates.
///
/// Default window: the next 365 days; at most 400 days.
#[utoipa::path(
    get,
    path = "/api/v1/listings/{id}/availability",
    operation_id = "get_availability",
    tag = "listings",
    params(("id" = i64, Path, minimum = 1, description = "The listing."), AvailabilityParams),
    responses(
        (status = 200, description = "The nights no stay may include (held, too soon, beyond the booking window) as merged `[from, to)` ranges.", body = Availability),
        (status = 400, description = "`from` or `to` is malformed, or the window is empty or longer than 400 days (named in `field`).", body = ErrorBody),
        (status = 404, description = "No active listing has this id.", body = ErrorBody),
    )
)]
pub async fn availability(
    State(state): State<AppState>,
    Extension(db): Extension<DbScope>,
    IdPath(id): IdPath<ListingId>,
    ApiQuery(p): ApiQuery<AvailabilityParams>,
) -> Result<Json<Availability>, ApiError> {
    let parse = |field: &str, raw: &Option<String>| -> Result<Option<time::Date>, ApiError> {
        match raw.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            None => Ok(None),
            Some(s) => Day::parse(s)
                .and_then(Day::to_date)
                .map(Some)
                .ok_or_else(|| {
                    ApiError::invalid(vec![FieldError::new(field, "Use a date as YYYY-MM-DD.")])
                }),
        }
    };
    let (from, to) = (parse("from", &p.from)?, parse("to", &p.to)?);
    let days = match (from, to) {
        (Some(a), Some(b)) if b <= a => {
            return Err(ApiError::invalid(vec![FieldError::new(
                "to",
                "`to` must be after `from`.",
            )]));
        }
        (Some(a), Some(b)) if (b - a).whole_days() > 400 => {
            return Err(ApiError::invalid(vec![FieldError::new(
                "to",
                "Ask for at most 400 days at a time.",
            )]));
        }
        (Some(a), Some(b)) => (b - a).whole_days(),
        (None, Some(_)) => {
            return Err(ApiError::invalid(vec![FieldError::new(
                "from",
                "Give `from` together with `to`.",
            )]));
        }
        _ => 365,
    };
    Ok(Json(
        availability::availability(&db, id.get(), from, days, state.clock.now()).await?,
    ))
}

/// The stay a quote is for: the dates and the party, as in a search. Raw strings, so
/// malformed values are named by the same parser search uses.
#[derive(serde::Deserialize, Default, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(default)]
pub struct QuoteParams {
    /// The first night (the listing's local date).
    #[param(required = true, value_type = String, format = Date)]
    check_in: Option<String>,
    /// The morning the stay ends: after `check_in`, at most 365 nights later.
    #[param(required = true, value_type = String, format = Date)]
    check_out: Option<String>,
    /// Total guests, counted as adults.
    #[param(value_type = Option<i32>, minimum = 1, maximum = 50)]
    guests: Option<String>,
    #[param(value_type = Option<i32>, minimum = 1, maximum = 50)]
    adults: Option<String>,
    #[param(value_type = Option<i32>, minimum = 0, maximum = 50)]
    children: Option<String>,
    #[param(value_type = Option<i32>, minimum = 0, maximum = 10)]
    infants: Option<String>,
    /// Any pets need a listing that allows them.
    #[param(value_type = Option<i32>, minimum = 0, maximum = 10)]
    pets: Option<String>,
}

impl From<QuoteParams> for SearchParams {
    fn from(q: QuoteParams) -> Self {
        Self {
            check_in: q.check_in,
            check_out: q.check_out,
            guests: q.guests,
            adults: q.adults,
            children: q.children,
            infants: q.infants,
            pets: q.pets,
            ..Self::default()
        }
    }
}

/// The price of a stay, night by night and line by line.
///
/// 409 when a night is taken, 422 when the stay is against the listing's rules.
#[utoipa::path(
    get,
    path = "/api/v1/listings/{id}/quote",
    operation_id = "get_quote",
    tag = "listings",
    params(("id" = i64, Path, minimum = 1, description = "The listing."), QuoteParams),
    responses(
        (status = 200, description = "The stay's price, night by night and line by line.", body = Quote),
        (status = 400, description = "Dates or party malformed or missing (named in `field`).", body = ErrorBody),
        (status = 404, description = "No active listing has this id.", body = ErrorBody),
        (status = 409, description = "A night of the stay is taken.", body = ErrorBody),
        (status = 422, description = "Against the listing's rules: party size, pets, stay length, advance notice or booking window.", body = ErrorBody),
    )
)]
pub async fn quote(
    State(state): State<AppState>,
    Extension(db): Extension<DbScope>,
    IdPath(id): IdPath<ListingId>,
    ApiQuery(params): ApiQuery<QuoteParams>,
) -> Result<Json<Quote>, ApiError> {
    let stay = availability::StayRequest::parse(&params.into()).map_err(ApiError::invalid)?;
    Ok(Json(
        availability::quote(&db, id.get(), stay, state.clock.now()).await?,
    ))
}
