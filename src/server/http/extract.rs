//! Extractors: what a handler takes from a request, parsed once, with rejections in the
//! API's error shape (`ApiError`).

use crate::app::types::AppError;
use crate::app::types::ids::{
    BookingId, CalendarConflictId, CalendarFeedId, ConversationId, GuidebookPlaceId, ListingId,
    PhotoId, ReviewId,
};
use crate::server::accounts::auth::{CurrentUser, MaybeUser, current};
use crate::server::http::api::ApiError;
use crate::server::platform::state::AppState;
use axum::Json;
use axum::extract::rejection::RawPathParamsRejection;
use axum::extract::{FromRequest, FromRequestParts, RawPathParams, Request};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};

/// Bad credentials answer the API's own 401 message; anything else as usual.
fn api_error(e: AppError) -> ApiError {
    match e {
        AppError::Unauthorized => ApiError::unauthorized(),
        e => e.into(),
    }
}

impl FromRequestParts<AppState> for CurrentUser {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        current(parts, state)
            .await
            .map_err(api_error)?
            .ok_or_else(ApiError::unauthorized)
    }
}

impl FromRequestParts<AppState> for MaybeUser {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        Ok(Self(current(parts, state).await.map_err(api_error)?))
    }
}

/// The client's address, for rate limits (see `proxy::TrustedProxies::client_ip`).
pub struct ClientIp(pub std::net::IpAddr);

impl axum::extract::FromRequestParts<AppState> for ClientIp {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        Ok(Self(
            state
                .config
                .trusted_proxies
                .client_ip(&parts.headers, &parts.extensions),
        ))
    }
}

/// `Json<T>` whose rejections answer in the API's error shape.
pub struct ApiJson<T>(pub T);

impl<T, S> FromRequest<S> for ApiJson<T>
where
    Json<T>: FromRequest<S, Rejection = axum::extract::rejection::JsonRejection>,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        let Json(value) = Json::<T>::from_request(req, state).await?;
        Ok(Self(value))
    }
}

/// An optional JSON body: none when the request has no body (or `null`), else `Json<T>`'s
/// rules (with the API's error shape).
pub struct OptionalJson<T>(pub Option<T>);

impl<T, S> FromRequest<S> for OptionalJson<T>
where
    T: serde::de::DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        let bytes = axum::body::Bytes::from_request(req, state)
            .await
            .map_err(|r| ApiError::new(r.status(), "bad_body", r.body_text()))?;
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Ok(Self(None));
        }
        serde_json::from_slice::<Option<T>>(&bytes)
            .map(Self)
            .map_err(|e| {
                ApiError::new(
                    axum::http::StatusCode::BAD_REQUEST,
                    "bad_json",
                    format!("The body is not the JSON asked for: {e}"),
                )
            })
    }
}

/// An id the route's path names (`/{id}`), parsed once, before the handler runs.
pub trait PathId: Sized {
    /// The route parameter that holds it.
    const PARAM: &'static str;
    /// What it names, for the 404: "Listing was not found."
    const WHAT: &'static str;
    fn from_segment(raw: &str) -> Option<Self>;
}

impl PathId for ListingId {
    const PARAM: &'static str = "id";
    const WHAT: &'static str = "Listing";
    fn from_segment(raw: &str) -> Option<Self> {
        Self::parse(raw)
    }
}

impl PathId for BookingId {
    const PARAM: &'static str = "id";
    const WHAT: &'static str = "Booking";
    fn from_segment(raw: &str) -> Option<Self> {
        Self::parse(raw)
    }
}

impl PathId for PhotoId {
    const PARAM: &'static str = "photo_id";
    const WHAT: &'static str = "Photo";
    fn from_segment(raw: &str) -> Option<Self> {
        Self::parse(raw)
    }
}

impl PathId for ReviewId {
    const PARAM: &'static str = "id";
    const WHAT: &'static str = "Review";
    fn from_segment(raw: &str) -> Option<Self> {
        Self::parse(raw)
    }
}

impl PathId for ConversationId {
    const PARAM: &'static str = "id";
    const WHAT: &'static str = "Conversation";
    fn from_segment(raw: &str) -> Option<Self> {
        Self::parse(raw)
    }
}

impl PathId for CalendarFeedId {
    const PARAM: &'static str = "feed_id";
    const WHAT: &'static str = "Calendar feed";
    fn from_segment(raw: &str) -> Option<Self> {
        Self::parse(raw)
    }
}

impl PathId for CalendarConflictId {
    const PARAM: &'static str = "conflict_id";
    const WHAT: &'static str = "Conflict";
    fn from_segment(raw: &str) -> Option<Self> {
        Self::parse(raw)
    }
}

impl PathId for GuidebookPlaceId {
    const PARAM: &'static str = "place_id";
    const WHAT: &'static str = "Guidebook place";
    fn from_segment(raw: &str) -> Option<Self> {
        Self::parse(raw)
    }
}

/// A person, named by `/users/{id}` (a UUID).
pub struct UserPath(pub uuid::Uuid);

impl PathId for UserPath {
    const PARAM: &'static str = "id";
    const WHAT: &'static str = "User";
    fn from_segment(raw: &str) -> Option<Self> {
        uuid::Uuid::try_parse(raw).ok().map(Self)
    }
}

/// A listing the caller saved, named by `/favorites/{listing_id}`: its 404 is a saved
/// listing's.
pub struct SavedListing(pub ListingId);

impl PathId for SavedListing {
    const PARAM: &'static str = "listing_id";
    const WHAT: &'static str = "Saved listing";
    fn from_segment(raw: &str) -> Option<Self> {
        ListingId::parse(raw).map(Self)
    }
}

/// The id in the request's path. A segment that is not one (`abc`, `0`, a number past
/// `i64`) names nothing, so it is that thing's 404, as an unknown id is: the API's error
/// shape by default; a page turns [`BadPathId`] into its own. A path with bytes that are not
/// UTF-8 in any of its parameters has no ids to read (axum decodes none of them): the 404
/// of the first id asked for.
pub struct IdPath<T>(pub T);

/// Why [`IdPath`] refused: the `AppError` to show (404, or 500 for a route without the
/// parameter, which is a bug).
#[derive(Debug)]
pub struct BadPathId(pub AppError);

impl IntoResponse for BadPathId {
    fn into_response(self) -> Response {
        ApiError::from(self.0).into_response()
    }
}

impl<T: PathId, S: Send + Sync> FromRequestParts<S> for IdPath<T> {
    type Rejection = BadPathId;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, BadPathId> {
        let not_found = || BadPathId(AppError::NotFound(T::WHAT.into()));
        let params = match RawPathParams::from_request_parts(parts, state).await {
            Ok(params) => params,
            Err(RawPathParamsRejection::InvalidUtf8InPathParam(_)) => return Err(not_found()),
            Err(e) => {
                tracing::error!(error = %e, param = T::PARAM, "a route without its id parameter");
                return Err(BadPathId(AppError::Internal));
            }
        };
        let Some(raw) = params
            .iter()
            .find_map(|(key, value)| (key == T::PARAM).then_some(value))
        else {
            tracing::error!(param = T::PARAM, "a route without its id parameter");
            return Err(BadPathId(AppError::Internal));
        };
        T::from_segment(raw).map(Self).ok_or_else(not_found)
    }
}
