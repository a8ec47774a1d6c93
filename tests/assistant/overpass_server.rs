//! A stand-in for an Overpass API server on 127.0.0.1 (a free port): `POST
//! /api/interpreter` takes the query as the form field `data`, as Overpass does, answers
//! as the test says, and records the queries it was sent.

use axum::Router;
use axum::extract::{Form, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

#[derive(Clone, Debug)]
pub enum Answer {
    /// Overpass's JSON with a few places around Porto's centre.
    Places,
    /// A body that is not Overpass JSON.
    Malformed,
    /// This status, no body worth reading.
    Status(u16),
    /// Accepts the request and never answers.
    Silent,
}

#[derive(Clone)]
struct Shared {
    answer: Arc<Mutex<Answer>>,
    seen: Arc<Mutex<Vec<String>>>,
}

pub struct OverpassServer {
    pub base: String,
    shared: Shared,
}

impl OverpassServer {
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
            .route("/api/interpreter", post(interpreter))
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

async fn interpreter(
    State(shared): State<Shared>,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    shared
        .seen
        .lock()
        .expect("lock")
        .push(form.get("data").cloned().unwrap_or_default());
    let answer = shared.answer.lock().expect("lock").clone();
    match answer {
        Answer::Places => axum::Json(serde_json::json!({
            "version": 0.6,
            "generator": "Overpass API 0.7.62",
            "osm3s": {"timestamp_osm_base": "2026-12-01T00:00:00Z"},
            "elements": [
                {"type": "node", "id": 101, "lat": 41.1466, "lon": -8.6116,
                 "tags": {"name": "Museu Nacional Soares dos Reis", "tourism": "museum",
                          "opening_hours": "Tu-Su 10:00-18:00"}},
                {"type": "way", "id": 102, "center": {"lat": 41.1457, "lon": -8.6140},
                 "tags": {"name": "Clérigos Tower", "tourism": "attraction"}},
                {"type": "node", "id": 103, "lat": 41.1450, "lon": -8.6100,
                 "tags": {"amenity": "bench"}}
            ]
        }))
        .into_response(),
        Answer::Malformed => (StatusCode::OK, "<html>rate limited</html>").into_response(),
        Answer::Status(code) => StatusCode::from_u16(code)
            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
            .into_response(),
        Answer::Silent => {
            std::future::pending::<()>().await;
            StatusCode::OK.into_response()
        }
    }
}
