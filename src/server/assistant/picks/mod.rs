//! "Picked for you": homes for a signed-in guest from what they saved, booked and
//! searched. `rank.rs` scores (content similarity, "guests who saved this also saved…",
//! popularity) with no I/O; `store.rs` feeds it from PostgreSQL; `history.rs` keeps the
//! searches, only with the person's consent.

pub mod history;
pub mod rank;
pub mod store;
