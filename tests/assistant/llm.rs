//! The language model, against a local server that speaks OpenAI's chat-completions API:
//! a good reading is taken, checked by the search's own parser; an invalid, malformed,
//! refused or slow answer gives the deterministic one; identical requests are asked once;
//! the daily budget holds; a plan's narrative naming a place not in the plan is rejected.

use crate::common::accounts::registered;
use crate::common::{TestDb, app_with, call, get, insert_listing};
use crate::llm_server::{Answer, LlmServer};
use haven::server::platform::config::{LlmConfig, Secret};
use serde_json::json;
use std::time::Duration;

const TEXT: &str = "Lisbon with my grandma, she needs a lift";

async fn app(server: &LlmServer, budget: u32) -> (TestDb, axum::Router) {
    let t = TestDb::new().await;
    let base = server.base.clone();
    let app = app_with(t.db(None), |c| {
        c.llm = Some(LlmConfig {
            url: base,
            model: "test-model".into(),
            key: Some(Secret::new("sk-test")),
            timeout: Duration::from_millis(400),
            daily_budget: budget,
        });
    });
    registered(&app, "hana@example.com", "Hana").await;
    let pool = t.primary_pool().await;
    insert_listing(&pool, "Alfama flat").await.expect("listing");
    (t, app)
}

fn ask(text: &str) -> String {
    format!(
        "/api/v1/ai/search?text={}",
        text.replace(' ', "%20").replace(',', "%2C")
    )
}

#[tokio::test]
async fn a_reading_the_search_accepts_fills_what_the_rules_left() {
    let now = time::OffsetDateTime::now_utc();
    let rules = haven::server::assistant::query::understand(TEXT, now);
    assert!(
        !rules.unused.is_empty(),
        "the rules leave words for the model"
    );
    let server = LlmServer::start(Answer::Says(
        json!({"q": "Lisbon", "adults": "2", "min_bedrooms": 2, "pets": null}).to_string(),
    ))
    .await;
    let (_t, app) = app(&server, 50).await;
    let r = get(&app, &ask(TEXT)).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let body = r.json();
    assert_eq!(
        body["filters"]["q"], "Lisbon",
        "the rules' destination stands"
    );
    assert_eq!(body["filters"]["adults"], "2");
    assert_eq!(body["filters"]["min_bedrooms"], "2");
    assert_eq!(body["read_by_model"], json!(["adults", "min_bedrooms"]));
    assert!(
        body["search_url"]
            .as_str()
            .expect("url")
            .contains("adults=2")
    );

    let seen = server.seen();
    assert_eq!(seen.len(), 1);
    let (request, auth) = &seen[0];
    assert_eq!(auth, "Bearer sk-test");
    assert_eq!(request["model"], "test-model");
    assert_eq!(request["response_format"]["type"], "json_schema");
    assert!(
        request["messages"][1]["content"]
            .as_str()
            .expect("user")
            .contains(TEXT)
    );

    // The same question again is answered from the cache.
    assert_eq!(get(&app, &ask(TEXT)).await.json(), body);
    assert_eq!(server.seen().len(), 1);
}

#[tokio::test]
async fn bad_slow_and_refused_answers_give_the_rules_answer() {
    let server = LlmServer::start(Answer::Silent).await;
    let (_t, app) = app(&server, 50).await;
    for (i, answer) in [
        Answer::Says(json!({"adults": "200"}).to_string()),
        Answer::Says(json!({"adults": "2", "amenities": "elevator"}).to_string()),
        Answer::Says(json!({"adults": "2", "drop": "table"}).to_string()),
        Answer::Says("Sure! Two adults in Lisbon.".into()),
        Answer::Malformed,
        Answer::Status(401),
        Answer::Status(429),
        Answer::Status(500),
        Answer::Silent,
    ]
    .into_iter()
    .enumerate()
    {
        server.answer(answer.clone());
        // A different question each time, so the cache never answers.
        let text = format!("{TEXT} {}", "please ".repeat(i + 1));
        let r = get(&app, &ask(&text)).await;
        assert_eq!(r.status, 200, "{answer:?}: {}", r.body);
        let body = r.json();
        assert_eq!(body["read_by_model"], json!([]), "{answer:?}");
        assert_eq!(body["filters"].get("adults"), None, "{answer:?}");
        assert_eq!(body["filters"]["q"], "Lisbon");
    }
    assert_eq!(server.seen().len(), 9);
}

#[tokio::test]
async fn the_daily_budget_holds_and_then_the_rules_answer_alone() {
    let server = LlmServer::start(Answer::Says(json!({"adults": "2"}).to_string())).await;
    let (_t, app) = app(&server, 2).await;
    for i in 0..4 {
        let r = get(&app, &ask(&format!("{TEXT} {}", "now ".repeat(i + 1))))
            .await
            .json();
        let by_model = r["read_by_model"].as_array().expect("list").len();
        assert_eq!(by_model, usize::from(i < 2), "call {i}");
    }
    assert_eq!(server.seen().len(), 2, "no call past the budget");
}

#[tokio::test]
async fn a_narrative_that_names_a_place_outside_the_plan_is_rejected() {
    let server = LlmServer::start(Answer::Narrates { also: None }).await;
    let t = TestDb::new().await;
    let pool = t.primary_pool().await;
    haven::server::assistant::activities::seed::load(&pool)
        .await
        .expect("places");
    let base = server.base.clone();
    let app = app_with(t.db(None), |c| {
        c.llm = Some(LlmConfig {
            url: base,
            model: "test-model".into(),
            key: None,
            timeout: Duration::from_millis(400),
            daily_budget: 50,
        });
    });
    registered(&app, "hana@example.com", "Hana").await;
    let listing = insert_listing(&pool, "Loft by the Douro")
        .await
        .expect("listing");
    let day =
        |n: i64| (time::OffsetDateTime::now_utc().date() + time::Duration::days(n)).to_string();
    let body = json!({"listing_id": listing, "check_in": day(20), "check_out": day(23),
                      "preferences": {"pace": "relaxed"}});
    let plan = call(
        &app,
        "POST",
        "/api/v1/ai/itinerary",
        None,
        Some(body.clone()),
    )
    .await
    .json();
    let text = plan["narrative"].as_str().expect("a narrative");
    let first = plan["days"][1]["stops"][0]["activity"]["name"]
        .as_str()
        .expect("a stop");
    assert!(text.contains(first), "{text}");
    assert!(
        plan["sources"]
            .as_array()
            .expect("sources")
            .iter()
            .any(|s| s == "Narrative: test-model")
    );
    let (request, auth) = &server.seen()[0];
    assert_eq!(auth, "", "no key, no header");
    assert!(request.get("response_format").is_none());

    // A place near the stay that the plan does not hold: the plan comes without a story.
    let planned: Vec<String> = plan["days"]
        .as_array()
        .expect("days")
        .iter()
        .flat_map(|d| d["stops"].as_array().cloned().unwrap_or_default())
        .map(|s| {
            s["activity"]["name"]
                .as_str()
                .unwrap_or_default()
                .to_string()
        })
        .collect();
    let elsewhere = [
        "Serralves",
        "Livraria Lello",
        "Clérigos Tower",
        "Casa da Música",
        "Foz do Douro",
    ]
    .into_iter()
    .find(|p| !planned.iter().any(|n| n == p))
    .expect("a Porto place not in a 3-night relaxed plan");
    server.answer(Answer::Narrates {
        also: Some(elsewhere.to_string()),
    });
    // Other dates, so the cache does not answer.
    let body = json!({"listing_id": listing, "check_in": day(21), "check_out": day(24),
                      "preferences": {"pace": "relaxed"}});
    let again = call(&app, "POST", "/api/v1/ai/itinerary", None, Some(body))
        .await
        .json();
    assert_eq!(server.seen().len(), 2);
    assert_eq!(
        again["narrative"],
        serde_json::Value::Null,
        "{}",
        again["narrative"]
    );
    assert!(
        again["days"][1]["stops"]
            .as_array()
            .is_some_and(|s| !s.is_empty()),
        "the plan stands"
    );
}
