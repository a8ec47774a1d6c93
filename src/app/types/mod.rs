//! Types shared by the server and the browser.

pub mod account;
pub mod activities;
pub mod analytics;
pub mod assistant;
pub mod booking;
pub mod calendar_sync;
pub mod catalog;
pub mod chips;
pub mod currency;
pub mod error;
pub mod favorites;
pub mod guests;
pub mod hosting;
pub mod ids;
pub mod itinerary;
pub mod listing;
pub mod map;
pub mod message;
pub mod money;
pub mod payouts;
pub mod places;
pub mod recovery;
pub mod review;
pub mod search;
pub mod site;
pub mod stay;
pub mod stay_dates;
pub mod today;

pub use error::AppError;
pub use listing::*;
pub use money::{Currency, Money};
