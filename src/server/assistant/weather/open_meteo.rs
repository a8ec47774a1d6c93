//! Open-Meteo's forecast API (<https://open-meteo.com/en/docs>): no key, daily highs,
//! lows and the chance of rain, in the place's own time zone. Needs the network; the
//! base URL is `HAVEN_WEATHER_URL`, so the tests point it at a local server answering in
//! the same JSON. Anything unexpected in an answer is an error, and the caller shows the
//! typical weather instead.

use super::{Forecast, Place, ProviderError, WeatherProvider};
use serde::Deserialize;
use std::time::Duration;
use time::Date;
use time::format_description::well_known::Iso8601;

/// The most an answer may weigh (sixteen days are about 1 KiB).
const MAX_BYTES: usize = 256 * 1024;

pub struct OpenMeteo {
    base: String,
    client: reqwest::Client,
}

impl OpenMeteo {
    /// A client for the server at `base` (e.g. `https://api.open-meteo.com`), giving up on
    /// a request after `timeout`.
    pub fn new(base: &str, timeout: Duration) -> Result<Self, ProviderError> {
        let client = crate::server::assistant::http_client(timeout).map_err(ProviderError)?;
        Ok(Self {
            base: base.trim_end_matches('/').to_string(),
            client,
        })
    }
}

#[derive(Deserialize)]
struct Answer {
    daily: Daily,
}

#[derive(Deserialize)]
struct Daily {
    time: Vec<String>,
    temperature_2m_max: Vec<Option<f64>>,
    temperature_2m_min: Vec<Option<f64>>,
    precipitation_probability_max: Vec<Option<f64>>,
}

impl WeatherProvider for OpenMeteo {
    fn name(&self) -> &str {
        "Open-Meteo forecast"
    }

    async fn forecast(
        &self,
        place: &Place,
        from: Date,
        to: Date,
    ) -> Result<Vec<Forecast>, ProviderError> {
        let response = self
            .client
            .get(format!("{}/v1/forecast", self.base))
            .query(&[
                ("latitude", format!("{:.4}", place.latitude)),
                ("longitude", format!("{:.4}", place.longitude)),
                (
                    "daily",
                    "temperature_2m_max,temperature_2m_min,precipitation_probability_max".into(),
                ),
                ("timezone", place.time_zone.clone()),
                ("start_date", from.to_string()),
                ("end_date", to.to_string()),
            ])
            .send()
            .await
            .map_err(|e| ProviderError(format!("request failed: {e}")))?;
        if !response.status().is_success() {
            return Err(ProviderError(format!("answered {}", response.status())));
        }
        let body = crate::server::assistant::read_capped(response, MAX_BYTES)
            .await
            .map_err(ProviderError)?;
        parse(&body, from, to)
    }
}

/// The days of an answer, each checked: dates inside the range asked for, arrays of one
/// length, temperatures on Earth, chances 0–100. Days with a missing value are left out.
pub fn parse(body: &[u8], from: Date, to: Date) -> Result<Vec<Forecast>, ProviderError> {
    let answer: Answer =
        serde_json::from_slice(body).map_err(|e| ProviderError(format!("not a forecast: {e}")))?;
    let d = answer.daily;
    let n = d.time.len();
    if [
        d.temperature_2m_max.len(),
        d.temperature_2m_min.len(),
        d.precipitation_probability_max.len(),
    ]
    .iter()
    .any(|len| *len != n)
    {
        return Err(ProviderError("daily arrays of different lengths".into()));
    }
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let date = Date::parse(&d.time[i], &Iso8601::DATE)
            .map_err(|_| ProviderError(format!("not a date: {:?}", d.time[i])))?;
        if date < from || date > to {
            return Err(ProviderError(format!("a day not asked for: {date}")));
        }
        let (Some(high), Some(low), Some(rain)) = (
            d.temperature_2m_max[i],
            d.temperature_2m_min[i],
            d.precipitation_probability_max[i],
        ) else {
            continue;
        };
        let earthly = |t: f64| t.is_finite() && (-90.0..=60.0).contains(&t);
        if !earthly(high) || !earthly(low) || low > high || !(0.0..=100.0).contains(&rain) {
            return Err(ProviderError(format!("impossible values on {date}")));
        }
        out.push(Forecast {
            date,
            high_c: high,
            low_c: low,
            rain_chance: rain.round() as u8,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    const FROM: Date = date!(2027 - 01 - 14);
    const TO: Date = date!(2027 - 01 - 15);

    #[test]
    fn an_answer_in_open_meteos_format_is_read() {
        let body = br#"{"latitude":38.72,"longitude":-9.14,"timezone":"Europe/Lisbon",
            "daily_units":{"time":"iso8601","temperature_2m_max":"\u00b0C"},
            "daily":{"time":["2027-01-14","2027-01-15"],"temperature_2m_max":[15.1,null],
            "temperature_2m_min":[8.2,9.0],"precipitation_probability_max":[35,80]}}"#;
        let days = parse(body, FROM, TO).expect("a forecast");
        assert_eq!(
            days,
            [Forecast {
                date: FROM,
                high_c: 15.1,
                low_c: 8.2,
                rain_chance: 35
            }]
        );
    }

    #[test]
    fn impossible_answers_are_refused() {
        for body in [
            r#"{"daily":{"time":["2027-01-14"],"temperature_2m_max":[15],"temperature_2m_min":[8]}}"#,
            r#"{"daily":{"time":["2027-01-14"],"temperature_2m_max":[15,16],"temperature_2m_min":[8],"precipitation_probability_max":[1]}}"#,
            r#"{"daily":{"time":["2027-02-14"],"temperature_2m_max":[15],"temperature_2m_min":[8],"precipitation_probability_max":[1]}}"#,
            r#"{"daily":{"time":["2027-01-14"],"temperature_2m_max":[150],"temperature_2m_min":[8],"precipitation_probability_max":[1]}}"#,
            r#"{"daily":{"time":["2027-01-14"],"temperature_2m_max":[5],"temperature_2m_min":[8],"precipitation_probability_max":[1]}}"#,
            r#"{"daily":{"time":["2027-01-14"],"temperature_2m_max":[15],"temperature_2m_min":[8],"precipitation_probability_max":[101]}}"#,
            "<html>rate limited</html>",
        ] {
            assert!(parse(body.as_bytes(), FROM, TO).is_err(), "{body}");
        }
    }
}
