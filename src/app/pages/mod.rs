//! One module per page.

mod account;
mod auth;
mod home;
mod hosting;
mod listing;
mod offline;
mod reservations;
mod search;
mod trips;
mod wishlists;

pub use account::AccountPage;
pub use auth::{SignInPage, SignUpPage};
pub use home::HomePage;
pub use hosting::{HostListingsPage, ListingEditorPage, ListingPhotosPage};
pub use listing::ListingPage;
pub use offline::OfflinePage;
pub use reservations::{CalendarPage, ReservationsPage};
pub use search::SearchPage;
pub use trips::{NotificationsPage, TripPage, TripsPage};
pub use wishlists::WishlistsPage;
