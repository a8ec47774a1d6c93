//! Stays booked: a guest's trips and notifications, a host's reservations and calendar, and their server functions.

pub mod api;
pub mod reservations;
pub mod trips;

pub use reservations::{CalendarPage, ReservationsPage};
pub use trips::{NotificationsPage, TripPage, TripsPage};
