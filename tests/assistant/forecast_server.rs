//! A stand-in for Open-Meteo on 127.0.0.1 (a free port): `/v1/forecast` answers as the
//! test says, and records the query strings it was sent.

use axum::Router;
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use std::sync::{Arc, Mutex};

#[derive(Clone, Debug)]
pub enum Answer {
    /// Open-Meteo's JSON with these days.
    Days(Vec<Day>),
    /// A body that is not a forecast.
    Malformed,
    /// This status, no forecast.
    Status(u16),
    /// Accepts the request and never answers.
    Silent,
}

/// (date, high, low, rain chance).
pub type Day = (String, f64, f64, u8);

#[derive(Clone)]
struct Shared {
    answer: Arc<Mutex<Answer>>,
    seen: Arc<Mutex<Vec<String>>>,
}

pub struct ForecastServer {
    pub base: String,
    shared: Shared,
}

impl ForecastServer {
    pub async fn start(answer: Answer) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("a free port");
        let base = format!("http://{}", listener.local_addr().expect("address"));
        let shared = Shared {
            answer: Arc::new(Mutex::new(answer)),
            seen: Arc::default(),
        };
        let app = Router::new()
            .route("/v1/forecast", get(forecast))
            .with_state(shared.clone());
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Self { base, shared }
    }

    pub fn answer(&self, answer: Answer) {
        *self.shared.answer.lock().expect("lock") = answer;
    }

    pub fn seen(&self) -> Vec<String> {
        self.shared.seen.lock().expect("lock").clone()
    }
}

async fn forecast(State(shared): State<Shared>, RawQuery(query): RawQuery) -> Response {
    shared
        .seen
        .lock()
        .expect("lock")
        .push(query.unwrap_or_default());
    let answer = shared.answer.lock().expect("lock").clone();
    match answer {
        Answer::Days(days) => {
            let col =
                |f: &dyn Fn(&Day) -> serde_json::Value| days.iter().map(f).collect::<Vec<_>>();
            axum::Json(serde_json::json!({
                "latitude": 41.15, "longitude": -8.61, "timezone": "Europe/Lisbon",
                "daily_units": {"time": "iso8601", "temperature_2m_max": "°C"},
                "daily": {
                    "time": col(&|d| d.0.clone().into()),
                    "temperature_2m_max": col(&|d| d.1.into()),
                    "temperature_2m_min": col(&|d| d.2.into()),
                    "precipitation_probability_max": col(&|d| d.3.into()),
                }
            }))
            .into_response()
        }
        Answer::Malformed => {
            (StatusCode::OK, "{\"daily\": {\"time\": [\"soon\"]}}").into_response()
        }
        Answer::Status(code) => StatusCode::from_u16(code)
            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
            .into_response(),
        Answer::Silent => std::future::pending().await,
    }
}
