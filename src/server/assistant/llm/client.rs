//! The OpenAI-compatible chat-completions client: `POST {HAVEN_LLM_URL}/chat/completions`
//! with the model, the messages, temperature 0 and, when asked, a JSON Schema the answer
//! must follow (`response_format: json_schema`, which OpenAI, vLLM, llama.cpp and Ollama
//! accept). The answer is the first choice's message content.

use super::Message;
use crate::server::platform::config::LlmConfig;
use serde::Deserialize;
use std::future::Future;

/// The most an answer may weigh.
const MAX_BYTES: usize = 256 * 1024;

#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct LlmError(pub String);

/// A chat model.
pub trait LlmProvider: Send + Sync {
    fn chat(
        &self,
        messages: &[Message],
        schema: Option<&serde_json::Value>,
    ) -> impl Future<Output = Result<String, LlmError>> + Send;
}

pub struct OpenAiCompatible {
    url: String,
    model: String,
    key: Option<String>,
    client: reqwest::Client,
}

impl OpenAiCompatible {
    /// The model's name, as configured.
    pub fn model(&self) -> &str {
        &self.model
    }

    pub fn new(c: &LlmConfig) -> Result<Self, LlmError> {
        let client = crate::server::assistant::http_client(c.timeout).map_err(LlmError)?;
        Ok(Self {
            url: format!("{}/chat/completions", c.url.trim_end_matches('/')),
            model: c.model.clone(),
            key: c.key.as_ref().map(|k| k.expose().to_string()),
            client,
        })
    }
}

#[derive(Deserialize)]
struct Answer {
    choices: Vec<Choice>,
}

#[derive(Deserialize)]
struct Choice {
    message: Said,
}

#[derive(Deserialize)]
struct Said {
    content: Option<String>,
}

impl LlmProvider for OpenAiCompatible {
    async fn chat(
        &self,
        messages: &[Message],
        schema: Option<&serde_json::Value>,
    ) -> Result<String, LlmError> {
        let mut body = serde_json::json!({
            "model": self.model,
            "messages": messages,
            "temperature": 0,
        });
        if let Some(schema) = schema {
            body["response_format"] = serde_json::json!({
                "type": "json_schema",
                "json_schema": {"name": "answer", "strict": true, "schema": schema},
            });
        }
        let mut request = self
            .client
            .post(&self.url)
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(body.to_string());
        if let Some(key) = &self.key {
            request = request.bearer_auth(key);
        }
        let response = request
            .send()
            .await
            .map_err(|e| LlmError(format!("request failed: {e}")))?;
        if !response.status().is_success() {
            return Err(LlmError(format!("answered {}", response.status())));
        }
        let bytes = crate::server::assistant::read_capped(response, MAX_BYTES)
            .await
            .map_err(LlmError)?;
        let answer: Answer = serde_json::from_slice(&bytes)
            .map_err(|e| LlmError(format!("not a chat completion: {e}")))?;
        answer
            .choices
            .into_iter()
            .next()
            .and_then(|c| c.message.content)
            .filter(|c| !c.trim().is_empty())
            .ok_or_else(|| LlmError("an empty answer".into()))
    }
}
