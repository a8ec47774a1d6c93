//! Server-only code. Not compiled into the browser bundle.
//!
//! - `platform/`: what any product needs (configuration, the database pair, jobs, the
//!   outbox, media storage, rate limits, telemetry). Imports no domain.
//! - the domains: `accounts`, `analytics` (the owner's dashboard), `assistant` (the trip
//!   assistant: plain-language search), `catalog` (listings, search, availability, pricing, places),
//!   `bookings`, `hosting`, `favorites`, `notifications`, `reviews`, `messages`, `mail` (e-mail:
//!   the outbox's mailer), `payouts` (hosts' payouts: scheduled, paid through a rail), `places` (the gazetteer, taxes and time zones). Import the platform and each other, never `http`.
//! - `http/`: the router, middleware, extractors and the JSON API over the domains.
//! - `cli.rs`, `serve.rs`, `worker.rs`: the wiring (commands, start-up, the background worker).
//! - `seed/`: demo data only.

pub mod accounts;
pub mod analytics;
pub mod assistant;
pub mod bookings;
pub mod calendar_sync;
pub mod catalog;
pub mod cli;
pub mod currency;
pub mod favorites;
pub mod hosting;
pub mod http;
pub mod mail;
pub mod messages;
pub mod notifications;
pub mod payouts;
pub mod places;
pub mod platform;
pub mod reviews;
pub mod seed;
pub mod serve;
pub mod worker;
