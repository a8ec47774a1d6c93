//! A stand-in for an OpenAI-compatible chat-completions server on 127.0.0.1 (a free port):
//! `POST /v1/chat/completions` answers as the test says and records each request body.

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use serde_json::{Value, json};
use std::sync::{Arc, Mutex};

#[derive(Clone, Debug)]
pub enum Answer {
    /// A chat completion whose message is this text.
    Says(String),
    /// A paragraph naming every place of the plan it was sent, and then `also`.
    Narrates { also: Option<String> },
    /// A body that is not a chat completion.
    Malformed,
    /// This status (a refusal, an overload).
    Status(u16),
    /// Accepts the request and never answers.
    Silent,
}

#[derive(Clone)]
struct Shared {
    answer: Arc<Mutex<Answer>>,
    seen: Arc<Mutex<Vec<(Value, String)>>>,
}

pub struct LlmServer {
    pub base: String,
    shared: Shared,
}

impl LlmServer {
    pub async fn start(answer: Answer) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("a free port");
        let base = format!("http://{}/v1", listener.local_addr().expect("address"));
        let shared = Shared {
            answer: Arc::new(Mutex::new(answer)),
            seen: Arc::default(),
        };
        let app = Router::new()
            .route("/v1/chat/completions", post(chat))
            .with_state(shared.clone());
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Self { base, shared }
    }

    pub fn answer(&self, answer: Answer) {
        *self.shared.answer.lock().expect("lock") = answer;
    }

    /// Each request's body and its `Authorization` header.
    pub fn seen(&self) -> Vec<(Value, String)> {
        self.shared.seen.lock().expect("lock").clone()
    }
}

fn completion(text: &str) -> Response {
    axum::Json(json!({
        "id": "chatcmpl-1", "object": "chat.completion", "created": 1_800_000_000u64,
        "model": "test-model",
        "choices": [{"index": 0, "finish_reason": "stop",
                     "message": {"role": "assistant", "content": text}}],
        "usage": {"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20}
    }))
    .into_response()
}

async fn chat(State(shared): State<Shared>, headers: HeaderMap, body: String) -> Response {
    let body: Value = serde_json::from_str(&body).unwrap_or(Value::Null);
    let auth = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    shared.seen.lock().expect("lock").push((body.clone(), auth));
    let answer = shared.answer.lock().expect("lock").clone();
    match answer {
        Answer::Says(text) => completion(&text),
        Answer::Narrates { also } => {
            let plan: Value = body["messages"][1]["content"]
                .as_str()
                .and_then(|c| serde_json::from_str(c).ok())
                .unwrap_or(Value::Null);
            let places: Vec<String> = plan
                .as_array()
                .into_iter()
                .flatten()
                .flat_map(|d| d["stops"].as_array().cloned().unwrap_or_default())
                .filter_map(|s| s["place"].as_str().map(str::to_string))
                .collect();
            let mut text = format!("A lovely few days: {}.", places.join(", then "));
            if let Some(extra) = also {
                text.push_str(&format!(" Do not miss {extra} either."));
            }
            completion(&text)
        }
        Answer::Malformed => (StatusCode::OK, "{\"choices\": \"nope\"}").into_response(),
        Answer::Status(code) => StatusCode::from_u16(code)
            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
            .into_response(),
        Answer::Silent => {
            std::future::pending::<()>().await;
            StatusCode::OK.into_response()
        }
    }
}
