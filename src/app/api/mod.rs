//! Server functions: the only way the browser reaches the server's data. Each one is a
//! public HTTP endpoint, so each validates its own input.

mod account;
mod bookings;
mod hosting;
mod listings;

pub use account::*;
pub use bookings::*;
pub use hosting::*;
pub use listings::*;
