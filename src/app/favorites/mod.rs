//! Wishlists: the page and the server functions behind the heart.

pub mod api;
pub mod wishlists;

pub use wishlists::WishlistsPage;
