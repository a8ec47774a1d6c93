//! The host's listings: the list, the step-by-step editor, the photo manager, and their
//! server functions. Every form works without JavaScript.

pub mod api;
mod editor;
mod listings;
mod photos;

pub use editor::ListingEditorPage;
pub use listings::HostListingsPage;
pub use photos::ListingPhotosPage;

use crate::app::components::RowsSkeleton;
use crate::app::types::hosting::Step;
use crate::tr;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

fn loading() -> impl IntoView {
    view! { <RowsSkeleton/> }
}

/// The editor's listing id: `None` on `/host/listings/new`.
fn editing_id() -> Memo<Option<i64>> {
    let params = use_params_map();
    Memo::new(move |_| params.read().get("id").and_then(|s| s.parse().ok()))
}

/// A step's name as the editor shows it, in the reader's language.
pub(crate) fn step_title(step: Step) -> String {
    match step {
        Step::Basics => tr!("hosting-step-basics"),
        Step::Location => tr!("hosting-step-location"),
        Step::Capacity => tr!("hosting-step-capacity"),
        Step::Amenities => tr!("hosting-step-amenities"),
        Step::Rules => tr!("hosting-step-rules"),
        Step::Pricing => tr!("hosting-step-pricing"),
        Step::Booking => tr!("hosting-step-booking"),
    }
}
