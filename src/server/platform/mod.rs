//! What any product needs, and nothing about this one: configuration, the database pair,
//! the background queue, the outbox, media storage, payments gateway, rate limits, the
//! trusted-proxy rules, telemetry, CSV exports. Imports no domain module.

pub mod clock;
pub mod config;
pub mod counters;
pub mod csv;
pub mod db;
pub mod error;
pub mod jobs;
pub mod media;
pub mod migrate;
pub mod outbox;
pub mod payments;
pub mod proxy;
pub mod publish;
pub mod ratelimit;
pub mod request;
pub mod state;
pub mod telemetry;
pub mod tls;
