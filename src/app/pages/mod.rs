//! One module per page.

mod account;
mod auth;
mod home;
mod listing;

pub use account::AccountPage;
pub use auth::{SignInPage, SignUpPage};
pub use home::HomePage;
pub use listing::ListingPage;
