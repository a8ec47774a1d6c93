//! Profile photos: recognised by content, re-encoded, size-limited; through the API and the
//! browser's multipart form.

mod common;

use axum::body::Body;
use common::accounts::{me, registered, sign_in, signed_up};
use common::{TestResponse, app, app_with, png, send_request, upload};

async fn put_photo(app: &axum::Router, bearer: &str, bytes: Vec<u8>) -> TestResponse {
    upload(app, "PUT", "/api/v1/me/photo", bearer, "image/png", bytes).await
}

/// The account page's upload form, as a browser posts it.
async fn post_form(app: &axum::Router, cookie: &str, filename: &str, bytes: &[u8]) -> TestResponse {
    let boundary = "----haventestboundary";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"{filename}\"\r\n\
         Content-Type: image/jpeg\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let req = axum::http::Request::builder()
        .method("POST")
        .uri("/account/photo")
        .header("cookie", cookie)
        .header(
            "content-type",
            format!("multipart/form-data; boundary={boundary}"),
        )
        .body(Body::from(body))
        .expect("request");
    send_request(app, req).await
}

#[tokio::test]
async fn an_uploaded_photo_is_re_encoded_and_served_immutably() {
    let t = common::TestDb::new().await;
    let app = app(t.db(None));
    let bearer = signed_up(&app, "ana@example.com", "Ana").await;

    let r = put_photo(&app, &bearer, png(1200, 800)).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let url = r.json()["profile"]["avatar_url"]
        .as_str()
        .expect("an avatar url")
        .to_owned();
    assert!(
        url.starts_with("/media/avatars/") && url.ends_with(".jpg"),
        "{url}"
    );

    let served = common::get(&app, &url).await;
    assert_eq!(served.status, 200);
    assert_eq!(served.headers["content-type"], "image/jpeg");
    assert!(served.header("cache-control").contains("immutable"));

    // Replacing the photo removes the old file.
    let r = put_photo(&app, &bearer, png(300, 900)).await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_ne!(r.json()["profile"]["avatar_url"], url.as_str());
    let gone = common::get(&app, &url).await;
    assert_eq!(gone.status, 404, "{}", gone.body);
}

#[tokio::test]
async fn non_images_and_oversized_files_are_refused() {
    let t = common::TestDb::new().await;
    let app = app_with(t.db(None), |c| c.max_photo_bytes = 64 * 1024);
    let bearer = signed_up(&app, "ana@example.com", "Ana").await;

    let html = b"<html><script>alert(1)</script></html>".to_vec();
    let r = put_photo(&app, &bearer, html).await;
    assert_eq!(r.status, 415, "{}", r.body);
    assert_eq!(r.error_code(), "not_an_image");

    let mut fake_png = b"\x89PNG\r\n\x1a\n".to_vec();
    fake_png.extend_from_slice(&[7u8; 2_000]);
    let r = put_photo(&app, &bearer, fake_png).await;
    assert_eq!(r.status, 422, "a PNG signature over garbage: {}", r.body);

    let mut big = png(10, 10);
    big.resize(64 * 1024 + 1, 0);
    let r = put_photo(&app, &bearer, big).await;
    assert_eq!(r.status, 413, "{}", r.body);
    assert_eq!(r.error_code(), "too_large");

    let r = put_photo(&app, &bearer, Vec::new()).await;
    assert_eq!(r.status, 400, "{}", r.body);

    let mine = me(&app, ("authorization", &bearer)).await.json();
    assert!(
        mine["profile"]["avatar_url"].is_null(),
        "nothing was stored"
    );
}

#[tokio::test]
async fn the_browser_form_uploads_and_reports_problems_on_the_account_page() {
    let t = common::TestDb::new().await;
    let app = app_with(t.db(None), |c| c.max_photo_bytes = 64 * 1024);
    registered(&app, "ana@example.com", "Ana").await;
    let session = sign_in(&app, "", None).await.cookie();

    let r = post_form(&app, &session, "notes.jpg", b"just some text").await;
    assert_eq!(r.status, 303);
    assert_eq!(
        r.location(),
        Some("/account?photo_error=not_an_image#photo")
    );

    let r = post_form(&app, &session, "huge.png", &vec![0x89; 100 * 1024]).await;
    assert_eq!(r.status, 303);
    assert_eq!(r.location(), Some("/account?photo_error=too_large#photo"));

    let r = post_form(&app, &session, "me.png", &png(640, 480)).await;
    assert_eq!(r.status, 303);
    assert_eq!(r.location(), Some("/account?photo=saved#photo"));
    let mine = me(&app, ("cookie", &session)).await.json();
    assert!(mine["profile"]["avatar_url"].is_string(), "{mine}");

    let signed_out = post_form(&app, "haven.sid=nope", "me.png", &png(10, 10)).await;
    assert_eq!(signed_out.status, 303);
    assert_eq!(signed_out.location(), Some("/signin?next=/account"));
}
