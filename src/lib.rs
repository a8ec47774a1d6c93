//! Haven: a vacation-rental marketplace. `app` is isomorphic (server and browser);
//! `server` exists only in the `ssr` build.

pub mod app;

#[cfg(feature = "ssr")]
pub mod server;

#[cfg(feature = "hydrate")]
pub use app::hydrate;
