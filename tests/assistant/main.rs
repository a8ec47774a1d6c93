//! The trip assistant through the API: plain-language search, and the weather against a
//! local server that speaks Open-Meteo's format (good, slow, malformed and refused answers).

#[path = "../common/mod.rs"]
mod common;

mod forecast_server;
mod search;
mod similar;
mod weather;
