//! Weather at a listing: a forecast when a provider is configured and the day is within
//! its horizon, else the month's typical weather from the climate normals Haven holds
//! (`data/typical_weather.csv`), labelled "typical for March" and never called a forecast.
//!
//! - `WeatherProvider`: the forecast interface; `open_meteo.rs` is the real client
//!   (Open-Meteo's forecast API, no key, needs the network), off unless
//!   `HAVEN_WEATHER_URL` is set.
//! - `typical.rs`: the offline default.

pub mod open_meteo;
pub mod place;
pub mod typical;

use crate::app::types::assistant::{DayWeather, WeatherKind};
use std::future::Future;
use time::{Date, Duration};

/// Forecasts are used only this many days ahead, today included (Open-Meteo's horizon).
pub const FORECAST_DAYS: i64 = 16;

/// Where the weather is wanted.
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    pub city: String,
    pub country: String,
    pub latitude: f64,
    pub longitude: f64,
    /// IANA zone: the dates asked for are local to it.
    pub time_zone: String,
}

/// One forecast day, as a provider gives it.
#[derive(Clone, Debug, PartialEq)]
pub struct Forecast {
    pub date: Date,
    pub high_c: f64,
    pub low_c: f64,
    /// 0 to 100.
    pub rain_chance: u8,
}

#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct ProviderError(pub String);

/// A source of forecasts.
pub trait WeatherProvider: Send + Sync {
    /// Names the source in a report ("Open-Meteo forecast").
    fn name(&self) -> &str;
    /// Daily forecasts from `from` to `to` (local dates), both included.
    fn forecast(
        &self,
        place: &Place,
        from: Date,
        to: Date,
    ) -> impl Future<Output = Result<Vec<Forecast>, ProviderError>> + Send;
}

/// The days from `from` to `to`: forecasts where `provider` answers for them (within the
/// horizon from `today`), typical weather for the rest. Also returns the sources used.
pub async fn days<P: WeatherProvider>(
    provider: Option<&P>,
    place: &Place,
    from: Date,
    to: Date,
    today: Date,
) -> (Vec<DayWeather>, Vec<String>) {
    let horizon = today + Duration::days(FORECAST_DAYS - 1);
    let mut forecasts: Vec<Forecast> = Vec::new();
    let mut sources = Vec::new();
    if let Some(p) = provider
        && from <= horizon
        && to >= today
    {
        match p.forecast(place, from.max(today), to.min(horizon)).await {
            Ok(f) => {
                forecasts = f;
                sources.push(p.name().to_string());
            }
            Err(e) => {
                tracing::warn!(error = %e, provider = p.name(), "weather: no forecast, typical weather instead")
            }
        }
    }
    let normals = typical::for_place(&place.city, &place.country);
    let mut out = Vec::new();
    let mut used_typical = false;
    let mut day = from;
    while day <= to {
        if let Some(f) = forecasts.iter().find(|f| f.date == day) {
            out.push(DayWeather {
                date: day.to_string(),
                kind: WeatherKind::Forecast,
                label: "Forecast".into(),
                high_c: f.high_c,
                low_c: f.low_c,
                rain_chance: Some(f.rain_chance),
                rain_days: None,
                outdoor: outdoor(f.high_c, f64::from(f.rain_chance) / 100.0),
            });
        } else if let Some(n) = normals {
            let m = n.month(day.month());
            let days_in_month = f64::from(day.month().length(day.year()));
            used_typical = true;
            out.push(DayWeather {
                date: day.to_string(),
                kind: WeatherKind::Typical,
                label: format!("Typical for {}", day.month()),
                high_c: m.high_c,
                low_c: m.low_c,
                rain_chance: None,
                rain_days: Some(m.precip_days),
                outdoor: outdoor(m.high_c, (m.precip_days / days_in_month).clamp(0.0, 1.0)),
            });
        }
        day += Duration::days(1);
    }
    if used_typical && let Some(n) = normals {
        sources.push(format!("Typical weather: {}", n.source));
    }
    (out, sources)
}

/// How good a day is for being outdoors: the chance it stays dry, times how pleasant the
/// high is (best from 15 to 28 °C, nothing at 0 °C or 40 °C).
pub fn outdoor(high_c: f64, rain: f64) -> f64 {
    let warmth = if high_c < 15.0 {
        (high_c / 15.0).max(0.0)
    } else if high_c <= 28.0 {
        1.0
    } else {
        ((40.0 - high_c) / 12.0).max(0.0)
    };
    (((1.0 - rain) * warmth) * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dry_mild_days_are_best_outdoors() {
        assert_eq!(outdoor(22.0, 0.0), 1.0);
        assert_eq!(outdoor(22.0, 0.5), 0.5);
        assert_eq!(outdoor(7.5, 0.0), 0.5);
        assert_eq!(outdoor(34.0, 0.0), 0.5);
        assert_eq!(outdoor(-5.0, 0.0), 0.0);
        assert_eq!(outdoor(45.0, 0.1), 0.0);
    }
}
