//! The trip assistant through the API: plain-language search, similar stays, things to do
//! (with a local server that speaks Overpass's format), day plans, and the weather against
//! a local server that speaks Open-Meteo's format (good, slow, malformed and refused answers).

#[path = "../common/mod.rs"]
mod common;

mod activities;
mod forecast_server;
mod itinerary;
mod llm;
mod llm_server;
mod overpass_server;
mod picks;
mod search;
mod similar;
mod weather;
