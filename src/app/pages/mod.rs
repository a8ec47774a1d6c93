//! One module per page.

mod account;
mod auth;
mod home;
mod hosting;
mod listing;
mod search;
mod wishlists;

pub use account::AccountPage;
pub use auth::{SignInPage, SignUpPage};
pub use home::HomePage;
pub use hosting::{HostListingsPage, ListingEditorPage, ListingPhotosPage};
pub use listing::ListingPage;
pub use search::SearchPage;
pub use wishlists::WishlistsPage;
