//! A language model, when one is configured (off by default): any OpenAI-compatible
//! chat-completions endpoint (OpenAI, Azure OpenAI's v1 API, a local llama.cpp or Ollama
//! server, vLLM), set by `HAVEN_LLM_URL`, `HAVEN_LLM_MODEL` and `HAVEN_LLM_KEY`.
//!
//! It is only ever a helper on top of the deterministic answer, which it never replaces
//! unchecked:
//! - `search.rs`: reads a sentence the rules could not fully read into the search's
//!   filters; an answer that is not the schema, or whose values the search's own parser
//!   refuses, is discarded;
//! - `narrate.rs`: writes a friendly paragraph about a day plan from the planner's
//!   structured plan; a text that names a place near the stay that is not in the plan is
//!   rejected.
//!
//! Every call has a timeout, counts against the person's daily budget, and identical
//! requests are answered from a cache; any failure gives the deterministic answer.

pub mod client;
pub mod narrate;
pub mod search;

use crate::server::platform::config::Config;
use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};
use uuid::Uuid;

pub use client::{LlmError, LlmProvider, OpenAiCompatible};

/// Answers kept for identical requests, at most, and for how long.
const CACHE_ENTRIES: usize = 1_000;
const CACHE_FOR: Duration = Duration::from_secs(24 * 3600);

/// One chat message.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Message {
    pub role: &'static str,
    pub content: String,
}

impl Message {
    pub fn system(content: impl Into<String>) -> Self {
        Self {
            role: "system",
            content: content.into(),
        }
    }

    pub fn user(content: impl Into<String>) -> Self {
        Self {
            role: "user",
            content: content.into(),
        }
    }
}

/// The model this server uses, with its cache and budgets; `None` when none is configured.
pub struct Llm {
    pub provider: OpenAiCompatible,
    daily_budget: u32,
    cache: Mutex<Cache>,
    spent: Mutex<HashMap<(String, time::Date), u32>>,
}

#[derive(Default)]
struct Cache {
    answers: HashMap<String, (Instant, String)>,
    order: VecDeque<String>,
}

impl Llm {
    pub fn new(provider: OpenAiCompatible, daily_budget: u32) -> Self {
        Self {
            provider,
            daily_budget,
            cache: Mutex::default(),
            spent: Mutex::default(),
        }
    }

    /// Takes one call from `who`'s budget for `today`: false when it is spent.
    fn spend(&self, who: &str, today: time::Date) -> bool {
        let Ok(mut spent) = self.spent.lock() else {
            return false;
        };
        spent.retain(|(_, day), _| *day == today);
        let n = spent.entry((who.to_string(), today)).or_insert(0);
        if *n >= self.daily_budget {
            return false;
        }
        *n += 1;
        true
    }

    /// The model's answer to `messages` (with `schema`, a JSON Schema its answer must
    /// follow): from the cache when the same was asked in the last day, else from the
    /// provider, counted against `who`'s daily budget. `None` on any failure or when the
    /// budget is spent: the caller gives its deterministic answer.
    pub async fn ask(
        &self,
        who: &str,
        today: time::Date,
        messages: &[Message],
        schema: Option<&serde_json::Value>,
    ) -> Option<String> {
        let key = serde_json::to_string(&(messages, schema)).ok()?;
        if let Ok(cache) = self.cache.lock()
            && let Some((at, answer)) = cache.answers.get(&key)
            && at.elapsed() < CACHE_FOR
        {
            return Some(answer.clone());
        }
        if !self.spend(who, today) {
            tracing::info!(who, "llm: daily budget spent; the deterministic answer");
            return None;
        }
        match self.provider.chat(messages, schema).await {
            Ok(answer) => {
                if let Ok(mut cache) = self.cache.lock() {
                    if cache.answers.len() >= CACHE_ENTRIES
                        && let Some(old) = cache.order.pop_front()
                    {
                        cache.answers.remove(&old);
                    }
                    cache.order.push_back(key.clone());
                    cache.answers.insert(key, (Instant::now(), answer.clone()));
                }
                Some(answer)
            }
            Err(e) => {
                tracing::warn!(error = %e, "llm: no answer; the deterministic answer");
                None
            }
        }
    }
}

/// Who a call is counted against: the signed-in person, else the client's address.
pub fn caller(user: Option<Uuid>, ip: std::net::IpAddr) -> String {
    match user {
        Some(u) => format!("user:{u}"),
        None => format!("ip:{ip}"),
    }
}

/// The model for `config`, built once per URL and model; `None` when `HAVEN_LLM_URL` or
/// `HAVEN_LLM_MODEL` is unset.
pub fn from_config(config: &Config) -> Option<Arc<Llm>> {
    static MODELS: OnceLock<Mutex<HashMap<String, Arc<Llm>>>> = OnceLock::new();
    let c = config.llm.as_ref()?;
    let id = format!("{} {} {}", c.url, c.model, c.daily_budget);
    let mut models = MODELS.get_or_init(Default::default).lock().ok()?;
    if let Some(m) = models.get(&id) {
        return Some(m.clone());
    }
    let provider = OpenAiCompatible::new(c)
        .map_err(|e| tracing::error!(error = %e, "llm: no client; deterministic answers only"))
        .ok()?;
    let m = Arc::new(Llm::new(provider, c.daily_budget));
    models.insert(id, m.clone());
    Some(m)
}
