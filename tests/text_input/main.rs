//! Text from outside, whatever it holds, never gets a 5xx: arbitrary Unicode (NUL and
//! other control characters, very long strings, right-to-left marks, emoji, CJK) sent to
//! every text field of the API, of the page forms and of the server functions. Control
//! characters (and text past the cap) get a 400 naming the field, in the caller's shape;
//! ordinary Unicode never gets that 400. One database and router per property.

mod api;
#[path = "../common/mod.rs"]
mod common;
mod examples;
mod forms;
mod world;

use common::TestResponse;
use haven::server::http::text::MAX_CHARS;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use serde_json::Value;
use std::sync::atomic::Ordering;
use world::World;

/// The longest URI the `http` crate builds (a real server refuses longer ones too).
pub(crate) const MAX_URI: usize = 60_000;

/// Whether the guard must refuse `text`.
pub(crate) fn refused(text: &str) -> bool {
    text.chars()
        .any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
        || text.chars().count() > MAX_CHARS
}

/// The guard's own messages, told apart from the domain's.
pub(crate) fn guard_message(message: &str) -> bool {
    message.contains("contains a control character (U+")
        || message.contains(&format!("is longer than {MAX_CHARS} characters"))
        || message.contains("is not valid UTF-8 text")
}

/// Who reads the answer.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Shape {
    /// `/api/v1`: `{"error": {"code", "message", "field"}}`.
    Api,
    /// A server function called by the hydrated app: an `AppError` as JSON.
    Fn,
    /// A person: an HTML page.
    Page,
}

/// Whether `r` is the guard's refusal naming `field` (`None`: any guard refusal).
pub(crate) fn guard_refusal(shape: Shape, r: &TestResponse, field: &str) -> Result<bool, String> {
    if r.status != 400 {
        return Ok(false);
    }
    Ok(match shape {
        Shape::Api => {
            let body: Value = serde_json::from_str(&r.body).unwrap_or_default();
            let error = &body["error"];
            let message = error["message"].as_str().unwrap_or_default();
            if !guard_message(message) {
                return Ok(false);
            }
            if error["code"] != "invalid" || error["field"] != field {
                return Err(format!("not named {field}: {}", r.body));
            }
            true
        }
        Shape::Fn => {
            let error: Value = serde_json::from_str(&r.body).unwrap_or_default();
            let first = &error["Form"]["errors"][0];
            if !guard_message(first["message"].as_str().unwrap_or_default()) {
                return Ok(false);
            }
            if first["field"] != field {
                return Err(format!("not named {field}: {}", r.body));
            }
            true
        }
        Shape::Page => {
            if !guard_message(&r.body) {
                return Ok(false);
            }
            if !r.body.contains("<h1>Check what you typed</h1>")
                || !r.body.contains(&format!("`{field}`"))
            {
                return Err(format!("not named {field}: {}", r.body));
            }
            true
        }
    })
}

/// The property itself, for one field and one answer.
pub(crate) fn judge(
    w: &World,
    shape: Shape,
    what: &str,
    field: &str,
    text: &str,
    r: &TestResponse,
) -> Result<(), TestCaseError> {
    let short: String = r.body.chars().take(300).collect();
    prop_assert!(r.status < 500, "{what} {field}: {} {short}", r.status);
    let by_guard = guard_refusal(shape, r, field)
        .map_err(|e| TestCaseError::fail(format!("{what} {field}: {e}")))?;
    if refused(text) {
        prop_assert!(
            by_guard,
            "{what} {field}: not refused: {} {short}",
            r.status
        );
        w.refused.fetch_add(1, Ordering::Relaxed);
    } else {
        prop_assert!(!by_guard, "{what} {field}: ordinary text refused: {short}");
        if r.status < 400 {
            w.accepted.fetch_add(1, Ordering::Relaxed);
        }
    }
    Ok(())
}

/// Text of every kind: arbitrary, ordinary Unicode (right-to-left marks, emoji, CJK,
/// combining marks, characters that mean something in a URL), ordinary text with one
/// control character in it, and very long text on either side of the cap.
pub(crate) fn any_text() -> impl Strategy<Value = String> {
    let ordinary = prop::collection::vec(
        prop::sample::select(vec![
            "Lisbon",
            "\u{200F}",
            "\u{200E}",
            "\u{202E}",
            "\u{202C}",
            "🏖️",
            "👨‍👩‍👧",
            "東京",
            "서울",
            "e\u{301}",
            "Ünïcödé",
            " ",
            "\t",
            "\n",
            "\r\n",
            "'",
            "\"",
            "<b>",
            "%",
            "&",
            "=",
            "+",
            "#",
            ";",
            "[0]",
            "\\",
            "/",
            "\u{2028}",
            "\u{FEFF}",
        ]),
        0..8,
    )
    .prop_map(|parts| parts.concat());
    let control = prop::sample::select(vec![
        '\0', '\u{1}', '\u{8}', '\u{b}', '\u{1b}', '\u{1f}', '\u{7f}', '\u{80}', '\u{85}', '\u{9f}',
    ]);
    let with_control =
        (ordinary.clone(), control, any::<prop::sample::Index>()).prop_map(|(text, c, at)| {
            let mut chars: Vec<char> = text.chars().collect();
            chars.insert(at.index(chars.len() + 1), c);
            chars.into_iter().collect::<String>()
        });
    let long = (
        prop::sample::select(vec!['a', 'é', 'ש', '東', '🏖']),
        (MAX_CHARS - 2)..=(MAX_CHARS + 2),
    )
        .prop_map(|(c, n)| std::iter::repeat_n(c, n).collect::<String>());
    prop_oneof![
        3 => any::<String>(),
        3 => ordinary,
        3 => with_control,
        1 => long,
    ]
}

/// A runtime and a world for one property.
pub(crate) fn setup() -> (tokio::runtime::Runtime, World) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let world = rt.block_on(World::new());
    (rt, world)
}

/// Runs `property` on two fixed texts (one ordinary, one with a NUL), then on `cases`
/// random ones, then checks both sides were exercised.
pub(crate) fn run(w: &World, cases: u32, property: impl Fn(&str) -> Result<(), TestCaseError>) {
    for text in ["Gil \u{200F}🏖️ 東京", "Gil\0"] {
        if let Err(e) = property(text) {
            panic!("{text:?}: {e}");
        }
    }
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        max_shrink_iters: 64,
        ..Config::default()
    });
    if let Err(e) = runner.run(&any_text(), |text| property(&text)) {
        panic!("{e}");
    }
    let (refused, accepted) = (
        w.refused.load(Ordering::Relaxed),
        w.accepted.load(Ordering::Relaxed),
    );
    assert!(
        refused > 0 && accepted > 0,
        "vacuous: {refused} refused, {accepted} accepted"
    );
}

#[test]
fn api_query_parameters_take_any_text() {
    let (rt, w) = setup();
    run(&w, 24, |text| rt.block_on(api::api_queries(&w, text)));
}

#[test]
fn api_json_fields_take_any_text() {
    let (rt, w) = setup();
    run(&w, 16, |text| rt.block_on(api::api_bodies(&w, text)));
}

#[test]
fn credentials_take_any_text() {
    let (rt, w) = setup();
    run(&w, 8, |text| rt.block_on(api::credentials(&w, text)));
}

#[test]
fn page_forms_and_server_functions_take_any_text() {
    let (rt, w) = setup();
    run(&w, 16, |text| {
        rt.block_on(forms::pages_and_server_fns(&w, text))
    });
}
