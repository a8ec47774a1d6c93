//! Which town a listing form names: the gazetteer place the host chose (`place_id`, set
//! by the editor's suggestions or an API client), else the town typed in `city` ("Elvas",
//! "Springfield, Illinois"), read back by [`places::search::resolve`]. When the text could
//! mean several towns, or none exactly, the editor offers them as choices.

use super::spec::{CityFacts, ListingSpec, parse_form};
use crate::app::types::AppError;
use crate::app::types::hosting::ListingForm;
use crate::app::types::places::PlaceSuggestion;
use crate::server::places::search::{self, Resolved};
use sqlx::PgPool;

/// The form's town, or the towns it may mean.
#[derive(Debug, Default)]
pub struct Lookup {
    pub place: Option<CityFacts>,
    pub choices: Vec<PlaceSuggestion>,
}

/// Looks up the form's town.
pub async fn lookup(pool: &PgPool, form: &ListingForm) -> Result<Lookup, AppError> {
    let chosen = form
        .get("place_id")
        .and_then(|s| s.trim().parse::<i64>().ok());
    if let Some(id) = chosen
        && let Some(place) = search::by_id(pool, id).await?
    {
        return Ok(Lookup {
            place: Some(place.into()),
            choices: Vec::new(),
        });
    }
    let typed = form.get("city").map(String::as_str).unwrap_or_default();
    Ok(match search::resolve(pool, typed).await? {
        Resolved::One(place) => Lookup {
            place: Some(place.into()),
            choices: Vec::new(),
        },
        Resolved::Choices(choices) => Lookup {
            place: None,
            choices,
        },
        Resolved::Nothing => Lookup::default(),
    })
}

/// The whole form checked, its town looked up first.
pub async fn parse(pool: &PgPool, form: &ListingForm) -> Result<ListingSpec, AppError> {
    let found = lookup(pool, form).await?;
    parse_form(form, found.place)
}

/// Writes the town found back into the form, as the editor then shows it: its full label
/// and its id.
pub fn settle(form: &mut ListingForm, place: &CityFacts) {
    form.insert("city".into(), place.label());
    match place.place_id {
        Some(id) => form.insert("place_id".into(), id.to_string()),
        None => form.remove("place_id"),
    };
}
