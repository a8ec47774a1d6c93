//! What guests browse: the home page, search, a listing, and their server functions.

pub mod api;
pub mod home;
pub mod listing;
pub mod search;

pub use home::HomePage;
pub use listing::ListingPage;
pub use search::SearchPage;
