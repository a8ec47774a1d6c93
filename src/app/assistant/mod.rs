//! The trip assistant's parts of the pages: similar stays and things to do on the listing
//! page, the host's guidebook editor (`/host/listings/:id/guidebook`).

mod activities;
pub mod api;
mod guidebook;
mod history;
mod plan;
pub mod plan_api;
mod similar;

pub use activities::{ActivityCard, ThingsToDo};
pub use guidebook::GuidebookPage;
pub use history::SearchHistorySection;
pub use plan::{PlanActions, TripPlan};
pub use similar::SimilarStays;
