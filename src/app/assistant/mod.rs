//! The trip assistant's parts of the pages: similar stays on the listing page.

pub mod api;
mod similar;

pub use similar::SimilarStays;
