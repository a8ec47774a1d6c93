//! Reusable pieces of pages.

mod auth;
pub mod charts;
mod decimal;
mod error_view;
mod footer;
mod form;
mod gallery;
mod header;
mod heart;
mod listing_card;
pub mod map;
mod pwa;
mod rating;
mod skeleton;
mod toast;

pub use auth::{Auth, AuthScope, use_auth};
pub use decimal::fixed;
pub use error_view::{ErrorView, NotFound};
pub use footer::Footer;
pub use form::{Choice, Field, FormAlert, FormError, busy_while, submission_error};
pub use gallery::Gallery;
pub use header::Header;
pub use heart::Heart;
pub use listing_card::ListingCardView;
pub use pwa::UpdatePrompt;
pub use rating::{HOST_BADGE, RatingSummary, host_badge};
pub use skeleton::{CardGridSkeleton, RowsSkeleton};
pub use toast::{Toaster, Toasts, booking_changed, toast_on_success, use_toasts};
