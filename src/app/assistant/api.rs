use crate::app::types::AppError;
use crate::app::types::assistant::SimilarStay;
use crate::app::types::search::SearchParams;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// Up to six stays like listing `id`, free for the stay in `stay` (dates and party, as the
/// listing page's URL has them) when one is chosen. A malformed stay is ignored here:
/// the quote beside it already says what is wrong.
#[server(prefix = "/api/fn", endpoint = "similar_stays", input = GetUrl)]
pub async fn similar_stays(id: i64, stay: SearchParams) -> Result<Vec<SimilarStay>, AppError> {
    use crate::server::catalog::search::SearchQuery;
    if id <= 0 {
        return Err(AppError::NotFound("Listing".into()));
    }
    let now = crate::server::platform::request::state()?.clock.now();
    let party = SearchParams {
        check_in: stay.check_in,
        check_out: stay.check_out,
        adults: stay.adults,
        children: stay.children,
        ..SearchParams::default()
    };
    let (dates, guests) = match SearchQuery::parse(&party, now.date()) {
        Ok(q) => (q.stay, party.adults.is_some().then(|| q.guests.count())),
        Err(_) => (None, None),
    };
    let db = crate::server::platform::request::db().await?;
    crate::server::assistant::similar::similar(&db, id, dates, guests, 6).await
}
