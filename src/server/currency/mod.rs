//! Currencies: exchange rates from the European Central Bank (`ecb`: its daily XML feed;
//! `rates`: the `ExchangeRates` providers, the daily refresh and the table), and the rates
//! a page converts display prices with (`current`).

pub mod current;
pub mod ecb;
pub mod rates;
