//! The gazetteer in pages: suggestions as a person types a town's name.

pub mod api;
mod input;

pub use input::PlaceInput;
