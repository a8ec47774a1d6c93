//! Listing photos: recognised by content, size-limited, processed into variants by a
//! background job, reordered.

use super::Hosting;
use crate::common::png;
use serde_json::json;

#[tokio::test]
async fn photos_are_recognised_by_content_and_must_be_large_enough() {
    let h = Hosting::new().await;
    let id = h.loft().await;
    let svg = b"<svg xmlns='http://www.w3.org/2000/svg'/>".to_vec();
    let mut garbage = b"\x89PNG\r\n\x1a\n".to_vec();
    garbage.extend_from_slice(&[7u8; 512]);

    let not_an_image = h.upload(id, &h.ana, svg).await;
    let too_small = h.upload(id, &h.ana, png(300, 200)).await;
    let broken = h.upload(id, &h.ana, garbage).await;
    let first = h.upload(id, &h.ana, png(1600, 1000)).await;
    let second = h.upload(id, &h.ana, png(900, 700)).await;

    assert_eq!(
        (not_an_image.status, not_an_image.error_code().as_str()),
        (415, "not_an_image")
    );
    assert_eq!(
        (too_small.status, too_small.error_code().as_str()),
        (422, "too_small")
    );
    assert_eq!(broken.status, 422);
    assert_eq!(first.status, 201, "{}", first.body);
    assert_eq!(first.json()["position"], 0);
    assert_eq!(first.json()["processed"], false);
    assert_eq!(
        (
            first.json()["width"].as_i64(),
            first.json()["height"].as_i64()
        ),
        (Some(1600), Some(1000))
    );
    assert_eq!(second.json()["position"], 1);
}

#[tokio::test]
async fn the_background_job_makes_each_photo_variant_once() {
    let h = Hosting::new().await;
    let id = h.loft().await;
    h.two_photos(id).await;

    let ran = h.run_jobs().await;
    let again = h.run_jobs().await;

    assert_eq!(ran, 2);
    assert_eq!(again, 0, "each job runs once");
    let photos_uri = format!("/api/v1/listings/{id}/photos");
    let photos = h.call("GET", &photos_uri, Some(&h.ana), None).await.json();
    assert!(
        photos
            .as_array()
            .expect("photos")
            .iter()
            .all(|p| p["processed"] == true),
        "{photos}"
    );
    // Pages switch to the variants.
    let gallery = photos[0]["url"].as_str().expect("url");
    assert!(gallery.ends_with("-1280.jpg"), "{gallery}");
    let key = gallery.strip_prefix("/media/").expect("served from /media");
    let stored = std::fs::read(h.state.config.media_dir.join(key)).expect("variant stored");
    let variant = image::load_from_memory(&stored).expect("a JPEG");
    assert_eq!((variant.width(), variant.height()), (1280, 800));
}

#[tokio::test]
async fn moving_a_photo_to_the_cover_reorders_the_rest() {
    let h = Hosting::new().await;
    let id = h.loft().await;
    let (_, second) = h.two_photos(id).await;

    let r = h
        .call(
            "POST",
            &format!("/api/v1/listings/{id}/photos/{second}/move"),
            Some(&h.ana),
            Some(json!({"to": "cover"})),
        )
        .await;

    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.json()[0]["id"], second);
    assert_eq!(r.json()[1]["position"], 1);
}

#[tokio::test]
async fn oversized_uploads_are_refused() {
    let h = Hosting::configured(|c| c.max_listing_photo_bytes = 50_000).await;
    let id = h.loft().await;

    let r = h.upload(id, &h.ana, png(2400, 1800)).await;

    assert_eq!(
        (r.status, r.error_code().as_str()),
        (413, "too_large"),
        "{}",
        r.body
    );
}
