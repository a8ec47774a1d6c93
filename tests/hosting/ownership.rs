//! Only a listing's host may change it.

use super::Hosting;
use crate::common::accounts::signed_up;
use crate::common::{TestResponse, png};
use serde_json::json;

#[tokio::test]
async fn only_the_host_changes_a_listing() {
    let h = Hosting::new().await;
    let bo = signed_up(&h.app, "bo@example.com", "Bo").await;
    let id = h.loft().await;
    let uri = format!("/api/v1/listings/{id}");
    let photos = format!("{uri}/photos");
    let change = || Some(json!({"title": "Mine now, says Bo"}));
    let status = |r: TestResponse| r.status;

    assert_eq!(status(h.call("PUT", &uri, Some(&bo), change()).await), 403);
    assert_eq!(status(h.call("DELETE", &uri, Some(&bo), None).await), 403);
    assert_eq!(status(h.call("GET", &photos, Some(&bo), None).await), 403);
    assert_eq!(status(h.upload(id, &bo, png(800, 600)).await), 403);
    assert_eq!(
        status(h.call("GET", &uri, Some(&bo), None).await),
        404,
        "paused: not Bo's to see"
    );
    assert_eq!(status(h.call("PUT", &uri, None, change()).await), 401);
    let forged = Some("Bearer hvn_forged");
    assert_eq!(status(h.call("PUT", &uri, forged, change()).await), 401);
    // Unknown ids.
    let unknown = "/api/v1/listings/999999";
    assert_eq!(
        status(h.call("PUT", unknown, Some(&h.ana), change()).await),
        404
    );
    let malformed = "/api/v1/listings/abc";
    assert_eq!(
        status(h.call("DELETE", malformed, Some(&h.ana), None).await),
        404
    );
    let r = h.upload(id, &h.ana, png(800, 600)).await;
    let photo = format!("{photos}/{}", r.json()["id"].as_i64().expect("photo"));
    assert_eq!(status(h.call("DELETE", &photo, Some(&bo), None).await), 403);
    let no_photo = format!("{photos}/999999");
    assert_eq!(
        status(h.call("DELETE", &no_photo, Some(&h.ana), None).await),
        404
    );
    assert_eq!(
        status(h.call("DELETE", &photo, Some(&h.ana), None).await),
        204
    );

    let r = h.call("GET", &uri, Some(&h.ana), None).await;
    assert_eq!(r.json()["title"], "Sunny loft in Alfama", "nothing changed");
}
