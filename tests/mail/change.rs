//! Changing the e-mail address: the new one is verified before it takes effect, the old
//! one is told, only the latest request's link works, and links sent to the old address
//! stop working.

use crate::World;
use crate::common::accounts::{PASSWORD, login};
use crate::maildir;
use serde_json::json;

const CONFIRM: &str = "Confirm your new e-mail address";
const CHANGED: &str = "Your Haven e-mail address was changed";
const LINK: &str = "http://127.0.0.1:3000/verify?token=";

async fn change(
    w: &World,
    who: Option<&str>,
    email: &str,
    password: &str,
) -> crate::common::TestResponse {
    let body = json!({ "email": email, "current_password": password });
    w.call("PUT", "/api/v1/me/email", who, Some(body)).await
}

async fn confirm(w: &World, token: &str) -> crate::common::TestResponse {
    let body = json!({ "token": token });
    w.call("POST", "/api/v1/verification/confirm", None, Some(body))
        .await
}

/// Ana, signed up and verified: her bearer header value.
async fn ana(w: &World) -> String {
    let ana = w.signed_up("ana").await;
    sqlx::query("UPDATE users SET email_verified_at = now()")
        .execute(&w.pool)
        .await
        .expect("verified");
    ana
}

/// The one confirmation link that reached `name`: its token.
async fn confirmation_token(w: &World, name: &str) -> String {
    w.relay().await;
    maildir::wait_for(&w.email(name), 1).await;
    let mails = w.mails(name, CONFIRM);
    assert_eq!(mails.len(), 1, "{mails:?}");
    mails[0].token(LINK)
}

#[tokio::test]
async fn a_new_address_takes_effect_only_through_its_link_and_the_old_one_is_told() {
    let w = World::new().await;
    let ana = ana(&w).await;
    w.signed_up("bea").await;
    let (old, new) = (w.email("ana"), w.email("ana.new"));

    // Each bad request names its field; nothing is sent.
    let cases = [
        (new.as_str(), "not my password", "current_password"),
        (old.as_str(), PASSWORD, "email"),
        (&w.email("bea"), PASSWORD, "email"),
        ("not an address", PASSWORD, "email"),
    ];
    for (email, password, field) in cases {
        let r = change(&w, Some(&ana), email, password).await;
        assert_eq!(r.status, 400, "{email}: {}", r.body);
        assert_eq!(r.json()["error"]["field"], field, "{email}: {}", r.body);
    }
    assert_eq!(change(&w, None, &new, PASSWORD).await.status, 401);

    let asked = change(&w, Some(&ana), &new, PASSWORD).await;
    assert_eq!(asked.status, 202, "{}", asked.body);
    let me = w.call("GET", "/api/v1/me", Some(&ana), None).await.json();
    assert_eq!(
        (me["email"].as_str(), me["pending_email"].as_str()),
        (Some(old.as_str()), Some(new.as_str()))
    );

    let token = confirmation_token(&w, "ana.new").await;
    let mail = &w.mails("ana.new", CONFIRM)[0];
    assert!(mail.text().contains(&new) && mail.html().contains(&new));
    // Until the link is followed, the account keeps its address.
    assert_eq!(login(&w.app, &new, PASSWORD).await.status, 401);
    assert_eq!(login(&w.app, &old, PASSWORD).await.status, 200);

    let done = confirm(&w, &token).await;
    assert_eq!(done.status, 200, "{}", done.body);
    assert_eq!(confirm(&w, &token).await.status, 400, "single use");
    let me = w.call("GET", "/api/v1/me", Some(&ana), None).await.json();
    assert_eq!(me["email"].as_str(), Some(new.as_str()));
    assert_eq!(me["pending_email"], serde_json::Value::Null);
    assert_eq!(me["email_verified"], true);
    assert_eq!(login(&w.app, &new, PASSWORD).await.status, 200);
    assert_eq!(login(&w.app, &old, PASSWORD).await.status, 401);

    w.relay().await;
    maildir::wait_for(&old, 2).await;
    let told = w.mails("ana", CHANGED);
    assert_eq!(told.len(), 1, "{told:?}");
    assert!(told[0].text().contains(&new) && told[0].html().contains(&new));
    assert_eq!(
        told[0].link("http://127.0.0.1:3000/"),
        "http://127.0.0.1:3000/account"
    );
    assert!(w.mails("ana.new", CHANGED).is_empty());
}

#[tokio::test]
async fn only_the_latest_request_counts_and_links_sent_to_the_old_address_stop_working() {
    let w = World::new().await;
    let ana = ana(&w).await;
    let reset = w
        .call(
            "POST",
            "/api/v1/password-reset",
            None,
            Some(json!({ "email": w.email("ana") })),
        )
        .await;
    assert_eq!(reset.status, 202);
    w.relay().await;
    maildir::wait_for(&w.email("ana"), 2).await;
    let reset_token = w.mails("ana", "Reset your Haven password")[0]
        .token("http://127.0.0.1:3000/reset-password?token=");

    let first = change(&w, Some(&ana), &w.email("first"), PASSWORD).await;
    assert_eq!(first.status, 202, "{}", first.body);
    let first = confirmation_token(&w, "first").await;
    let second = change(&w, Some(&ana), &w.email("second"), PASSWORD).await;
    assert_eq!(second.status, 202, "{}", second.body);
    let second = confirmation_token(&w, "second").await;

    assert_eq!(confirm(&w, &first).await.status, 400, "superseded");
    assert_eq!(confirm(&w, &second).await.status, 200);
    let me = w.call("GET", "/api/v1/me", Some(&ana), None).await.json();
    assert_eq!(me["email"].as_str(), Some(w.email("second").as_str()));

    let body = json!({ "token": reset_token, "password": "amber kettle quietly orbits" });
    let used = w
        .call("POST", "/api/v1/password-reset/confirm", None, Some(body))
        .await;
    assert_eq!(
        used.status, 400,
        "the reset went to the old address: {}",
        used.body
    );
    assert_eq!(
        login(&w.app, &w.email("second"), PASSWORD).await.status,
        200
    );
}
