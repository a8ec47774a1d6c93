//! Wishlists: the page and the server functions behind the heart.

pub mod api;
pub mod wishlists;

pub use wishlists::WishlistsPage;

/// The list a save goes to when none is named: stored under this name, shown on the
/// wishlists page in the reader's language.
pub const DEFAULT_LIST: &str = "Saved";
