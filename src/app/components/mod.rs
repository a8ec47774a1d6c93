//! Reusable pieces of pages.

mod error_view;
mod footer;
mod gallery;
mod header;
mod listing_card;

pub use error_view::{ErrorView, NotFound};
pub use footer::Footer;
pub use gallery::Gallery;
pub use header::Header;
pub use listing_card::ListingCardView;
