//! The host's listings: the list, the step-by-step editor, the photo manager, and their server functions.

pub mod api;
pub mod pages;

pub use pages::{HostListingsPage, ListingEditorPage, ListingPhotosPage};
