//! What guests browse: listing queries and cards, search, availability and quotes, prices.

pub mod availability;
pub mod listings;
pub mod places;
pub mod pricing;
pub mod search;
