//! One module per page.

mod home;
mod listing;

pub use home::HomePage;
pub use listing::ListingPage;
