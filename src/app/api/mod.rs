//! Server functions: the only way the browser reaches the server's data. Each one is a
//! public HTTP endpoint, so each validates its own input.

mod account;
mod hosting;
mod listings;

pub use account::*;
pub use hosting::*;
pub use listings::*;
