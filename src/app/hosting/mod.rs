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
