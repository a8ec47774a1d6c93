//! Server-only code: configuration, database, services and HTTP wiring. Not compiled into
//! the browser bundle.

pub mod accounts;
pub mod auth;
pub mod bookings;
pub mod cli;
pub mod clock;
pub mod config;
pub mod db;
pub mod error;
pub mod favorites;
pub mod hosting;
pub mod http;
pub mod jobs;
pub mod listings;
pub mod media;
pub mod migrate;
pub mod notifications;
pub mod outbox;
pub mod payments;
pub mod pricing;
pub mod proxy;
pub mod publish;
pub mod ratelimit;
pub mod request;
pub mod search;
pub mod seed;
pub mod serve;
pub mod state;
pub mod stays;
pub mod telemetry;
