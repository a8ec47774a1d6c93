//! Reviews, double-blind. After a completed stay its guest reviews the stay and its host
//! reviews the guest, within [`REVIEW_WINDOW_DAYS`] of check-out (in the listing's zone).
//! A review stays hidden until both are written or the window closes; then both are
//! published at once ([`publish`]), the listing's rating moves, and both parties are told.
//! The database refuses a review by anyone but a party of a completed stay, or a second
//! one (`reviews_by_a_party`, `reviews_once`); the code checks first, to answer clearly.

pub mod badge;
mod publish;
pub mod rating;
mod read;
mod remind;
mod write;

pub use publish::publish_due;
pub use read::{about_guest, for_listing, stay};
pub use remind::{REMINDER_DAYS, remind_due};
pub use write::{report, respond, write};

use crate::app::types::review::REVIEW_WINDOW_DAYS;
use time::{Date, Duration};

/// The last day a stay that ended on `check_out` can be reviewed.
pub fn closes_on(check_out: Date) -> Date {
    check_out + Duration::days(REVIEW_WINDOW_DAYS)
}
