//! Hosts run their listings through the API: create (paused), photos, list, edit, pause,
//! delete; only the owner may change a listing, and bad input gets a 4xx naming the field.

mod common;

use axum::body::Body;
use common::accounts::{register, token};
use common::{TestResponse, png, request, send_request};
use serde_json::{Value, json};

fn lisbon_loft() -> Value {
    json!({
        "title": "Sunny loft in Alfama",
        "description": "Two rooms with a view of the river, ten minutes from the tram.",
        "property_type": "loft",
        "location": {"address": "Rua dos Remédios 12", "city": "Lisbon", "country": "Portugal",
                     "coordinates": {"type": "Point", "coordinates": [-9.13, 38.71]}},
        "capacity": {"max_guests": 3, "bedrooms": 1, "beds": 2, "bathrooms": 1.5},
        "amenities": ["wifi", "kitchen"],
        "house_rules": {"pets_allowed": true, "notes": "Quiet after 22:00."},
        "price_per_night": {"amount_minor": 9550, "currency": "EUR"},
        "cleaning_fee": {"amount_minor": 3000, "currency": "EUR"},
        "booking": {"instant_book": true, "min_nights": 2, "cancellation_policy": "flexible"}
    })
}

struct Host {
    app: axum::Router,
}

impl Host {
    async fn call(
        &self,
        method: &str,
        uri: &str,
        who: Option<&str>,
        body: Option<Value>,
    ) -> TestResponse {
        let headers: Vec<(&str, &str)> = who.map(|t| ("authorization", t)).into_iter().collect();
        request(&self.app, method, uri, &headers, body).await
    }

    async fn upload(&self, listing: i64, who: &str, bytes: Vec<u8>) -> TestResponse {
        let req = axum::http::Request::builder()
            .method("POST")
            .uri(format!(
                "/api/v1/listings/{listing}/photos?alt=Living%20room"
            ))
            .header("authorization", who)
            .header("content-type", "image/png")
            .body(Body::from(bytes))
            .expect("request");
        send_request(&self.app, req).await
    }
}

fn error_field(r: &TestResponse) -> String {
    r.json()["error"]["field"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

#[tokio::test]
async fn a_host_creates_lists_edits_pauses_and_deletes_a_listing() {
    let t = common::TestDb::new().await;
    let state = common::state(t.db(None));
    let host = Host {
        app: haven::server::http::router(state.clone()),
    };
    assert_eq!(
        register(&host.app, "ana@example.com", "Ana").await.status,
        201
    );
    let ana = token(&host.app, "ana@example.com").await;

    // No credentials.
    let r = host
        .call("POST", "/api/v1/listings", None, Some(lisbon_loft()))
        .await;
    assert_eq!(r.status, 401);

    // Bad input names the field.
    let mut bad = lisbon_loft();
    bad["title"] = json!("Hut");
    let r = host
        .call("POST", "/api/v1/listings", Some(&ana), Some(bad))
        .await;
    assert_eq!(
        (r.status, error_field(&r).as_str()),
        (400, "title"),
        "{}",
        r.body
    );
    let mut bad = lisbon_loft();
    bad["location"]["city"] = json!("Atlantis");
    let r = host
        .call("POST", "/api/v1/listings", Some(&ana), Some(bad))
        .await;
    assert_eq!(
        (r.status, error_field(&r).as_str()),
        (400, "city"),
        "{}",
        r.body
    );
    let mut bad = lisbon_loft();
    bad["location"]["coordinates"]["coordinates"] = json!([2.35, 48.85]); // Paris
    let r = host
        .call("POST", "/api/v1/listings", Some(&ana), Some(bad))
        .await;
    assert_eq!(
        (r.status, error_field(&r).as_str()),
        (400, "latitude"),
        "{}",
        r.body
    );
    let mut bad = lisbon_loft();
    bad["colour"] = json!("blue");
    let r = host
        .call("POST", "/api/v1/listings", Some(&ana), Some(bad))
        .await;
    assert_eq!(r.status, 400, "unknown fields are refused: {}", r.body);
    let mut bad = lisbon_loft();
    bad["booking"]["min_nights"] = json!(9);
    bad["booking"]["max_nights"] = json!(3);
    let r = host
        .call("POST", "/api/v1/listings", Some(&ana), Some(bad))
        .await;
    assert_eq!((r.status, error_field(&r).as_str()), (400, "max_nights"));
    let r = host
        .call("GET", "/api/v1/host/listings", Some(&ana), None)
        .await;
    assert_eq!(r.json(), json!([]), "nothing was created by the refusals");

    // Created paused, with the city's facts filled in.
    let r = host
        .call("POST", "/api/v1/listings", Some(&ana), Some(lisbon_loft()))
        .await;
    assert_eq!(r.status, 201, "{}", r.body);
    let created = r.json();
    let id = created["id"].as_i64().expect("id");
    assert_eq!(
        r.headers["location"],
        format!("/api/v1/listings/{id}").as_str()
    );
    assert_eq!(created["is_active"], false);
    assert_eq!(created["location"]["country"], "Portugal");
    assert_eq!(
        created["price_per_night"],
        json!({"amount_minor": 9550, "currency": "EUR"})
    );
    assert_eq!(created["house_rules"]["pets_allowed"], true);
    assert_eq!(created["booking"]["min_nights"], 2);
    let uri = format!("/api/v1/listings/{id}");
    assert_eq!(
        host.call("GET", &uri, None, None).await.status,
        404,
        "paused: hidden from guests"
    );
    assert_eq!(
        host.call("GET", &uri, Some(&ana), None).await.status,
        200,
        "its host sees it"
    );

    // Listing needs a photo.
    let list_it = json!({"is_active": true});
    let r = host
        .call("PUT", &uri, Some(&ana), Some(list_it.clone()))
        .await;
    assert_eq!(r.status, 422, "{}", r.body);

    // Photos: content decides, limits hold.
    let r = host
        .upload(
            id,
            &ana,
            b"<svg xmlns='http://www.w3.org/2000/svg'/>".to_vec(),
        )
        .await;
    assert_eq!(
        (r.status, r.json()["error"]["code"].as_str()),
        (415, Some("not_an_image"))
    );
    let r = host.upload(id, &ana, png(300, 200)).await;
    assert_eq!(
        (r.status, r.json()["error"]["code"].as_str()),
        (422, Some("too_small"))
    );
    let mut garbage = b"\x89PNG\r\n\x1a\n".to_vec();
    garbage.extend_from_slice(&[7u8; 512]);
    assert_eq!(host.upload(id, &ana, garbage).await.status, 422);
    let first = host.upload(id, &ana, png(1600, 1000)).await;
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
    let second = host.upload(id, &ana, png(900, 700)).await;
    assert_eq!(second.json()["position"], 1);
    let second_id = second.json()["id"].as_i64().expect("photo id");

    // The background job makes the variants; pages switch to them.
    let ran = haven::server::platform::jobs::run_due(&state)
        .await
        .expect("jobs");
    assert_eq!(ran, 2);
    let photos_uri = format!("/api/v1/listings/{id}/photos");
    let photos = host.call("GET", &photos_uri, Some(&ana), None).await.json();
    assert!(
        photos
            .as_array()
            .expect("photos")
            .iter()
            .all(|p| p["processed"] == true),
        "{photos}"
    );
    let gallery = photos[0]["url"].as_str().expect("url");
    assert!(gallery.ends_with("-1280.jpg"), "{gallery}");
    let key = gallery.strip_prefix("/media/").expect("served from /media");
    let stored = std::fs::read(state.config.media_dir.join(key)).expect("variant stored");
    let variant = image::load_from_memory(&stored).expect("a JPEG");
    assert_eq!((variant.width(), variant.height()), (1280, 800));
    assert_eq!(
        haven::server::platform::jobs::run_due(&state)
            .await
            .expect("jobs"),
        0,
        "each job runs once"
    );

    // Reorder: the second photo becomes the cover.
    let r = host
        .call(
            "POST",
            &format!("{photos_uri}/{second_id}/move"),
            Some(&ana),
            Some(json!({"to": "cover"})),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.json()[0]["id"], second_id);
    assert_eq!(r.json()[1]["position"], 1);

    // Listed: guests find it in search.
    let r = host.call("PUT", &uri, Some(&ana), Some(list_it)).await;
    assert_eq!(
        (r.status, r.json()["is_active"].as_bool()),
        (200, Some(true)),
        "{}",
        r.body
    );
    let found = host
        .call("GET", "/api/v1/listings?q=Lisbon", None, None)
        .await
        .json();
    assert_eq!(found["total"], 1);
    assert_eq!(found["items"][0]["id"], id);
    assert!(
        found["items"][0]["cover_photo"]["url"]
            .as_str()
            .unwrap_or_default()
            .ends_with("-640.jpg")
    );

    // A change of price, nothing else.
    let r = host
        .call(
            "PUT",
            &uri,
            Some(&ana),
            Some(json!({"price_per_night": {"amount_minor": 12000, "currency": "EUR"}})),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.json()["price_per_night"]["amount_minor"], 12000);
    assert_eq!(r.json()["title"], "Sunny loft in Alfama");
    let r = host
        .call(
            "PUT",
            &uri,
            Some(&ana),
            Some(json!({"cleaning_fee": {"amount_minor": 100, "currency": "USD"}})),
        )
        .await;
    assert_eq!(
        (r.status, error_field(&r).as_str()),
        (400, "currency"),
        "prices share one currency: {}",
        r.body
    );

    // Paused: gone from search.
    let r = host
        .call("PUT", &uri, Some(&ana), Some(json!({"is_active": false})))
        .await;
    assert_eq!(r.status, 200);
    let found = host
        .call("GET", "/api/v1/listings?q=Lisbon", None, None)
        .await
        .json();
    assert_eq!(found["total"], 0);

    // Deleted: gone for everyone, its host included.
    assert_eq!(
        host.call("DELETE", &uri, Some(&ana), None).await.status,
        204
    );
    assert_eq!(host.call("GET", &uri, Some(&ana), None).await.status, 404);
    assert_eq!(
        host.call("DELETE", &uri, Some(&ana), None).await.status,
        404
    );
    assert_eq!(
        host.call("GET", "/api/v1/host/listings", Some(&ana), None)
            .await
            .json(),
        json!([])
    );
    let pool = t.primary_pool().await;
    let kept: bool =
        sqlx::query_scalar("SELECT deleted_at IS NOT NULL FROM listings WHERE id = $1")
            .bind(id)
            .fetch_one(&pool)
            .await
            .expect("row kept");
    assert!(kept, "soft delete keeps the row for past bookings");
}

#[tokio::test]
async fn only_the_host_changes_a_listing() {
    let t = common::TestDb::new().await;
    let host = Host {
        app: common::app(t.db(None)),
    };
    assert_eq!(
        register(&host.app, "ana@example.com", "Ana").await.status,
        201
    );
    assert_eq!(
        register(&host.app, "bo@example.com", "Bo").await.status,
        201
    );
    let ana = token(&host.app, "ana@example.com").await;
    let bo = token(&host.app, "bo@example.com").await;
    let r = host
        .call("POST", "/api/v1/listings", Some(&ana), Some(lisbon_loft()))
        .await;
    let id = r.json()["id"].as_i64().expect("id");
    let uri = format!("/api/v1/listings/{id}");
    let photos = format!("{uri}/photos");

    let change = json!({"title": "Mine now, says Bo"});
    assert_eq!(
        host.call("PUT", &uri, Some(&bo), Some(change.clone()))
            .await
            .status,
        403
    );
    assert_eq!(host.call("DELETE", &uri, Some(&bo), None).await.status, 403);
    assert_eq!(host.call("GET", &photos, Some(&bo), None).await.status, 403);
    assert_eq!(host.upload(id, &bo, png(800, 600)).await.status, 403);
    assert_eq!(
        host.call("GET", &uri, Some(&bo), None).await.status,
        404,
        "paused: not Bo's to see"
    );
    assert_eq!(
        host.call("PUT", &uri, None, Some(change.clone()))
            .await
            .status,
        401
    );
    assert_eq!(
        host.call("PUT", &uri, Some("Bearer hvn_forged"), Some(change.clone()))
            .await
            .status,
        401
    );
    // Unknown ids.
    assert_eq!(
        host.call(
            "PUT",
            "/api/v1/listings/999999",
            Some(&ana),
            Some(change.clone())
        )
        .await
        .status,
        404
    );
    assert_eq!(
        host.call("DELETE", "/api/v1/listings/abc", Some(&ana), None)
            .await
            .status,
        404
    );
    let r = host.upload(id, &ana, png(800, 600)).await;
    let photo = r.json()["id"].as_i64().expect("photo");
    assert_eq!(
        host.call("DELETE", &format!("{photos}/{photo}"), Some(&bo), None)
            .await
            .status,
        403
    );
    assert_eq!(
        host.call("DELETE", &format!("{photos}/999999"), Some(&ana), None)
            .await
            .status,
        404
    );
    assert_eq!(
        host.call("DELETE", &format!("{photos}/{photo}"), Some(&ana), None)
            .await
            .status,
        204
    );

    let r = host.call("GET", &uri, Some(&ana), None).await;
    assert_eq!(r.json()["title"], "Sunny loft in Alfama", "nothing changed");
}

#[tokio::test]
async fn oversized_uploads_and_listings_with_stays_to_come_are_refused() {
    let t = common::TestDb::new().await;
    let host = Host {
        app: common::app_with(t.db(None), |c| c.max_listing_photo_bytes = 50_000),
    };
    assert_eq!(
        register(&host.app, "ana@example.com", "Ana").await.status,
        201
    );
    let ana = token(&host.app, "ana@example.com").await;
    let r = host
        .call("POST", "/api/v1/listings", Some(&ana), Some(lisbon_loft()))
        .await;
    let id = r.json()["id"].as_i64().expect("id");
    let r = host.upload(id, &ana, png(2400, 1800)).await;
    assert_eq!(
        (r.status, r.json()["error"]["code"].as_str()),
        (413, Some("too_large")),
        "{}",
        r.body
    );

    // A confirmed stay next month: the listing cannot be deleted until it is cancelled.
    let pool = t.primary_pool().await;
    sqlx::query(
        "INSERT INTO bookings (listing_id, guest_id, check_in, check_out, adults, status, currency, total_minor)
         SELECT $1, id, current_date + 30, current_date + 33, 2, 'confirmed', 'EUR', 30000 FROM users LIMIT 1",
    )
    .bind(id)
    .execute(&pool)
    .await
    .expect("booking");
    let r = host
        .call(
            "DELETE",
            &format!("/api/v1/listings/{id}"),
            Some(&ana),
            None,
        )
        .await;
    assert_eq!(r.status, 409, "{}", r.body);
    let mine = host
        .call("GET", "/api/v1/host/listings", Some(&ana), None)
        .await
        .json();
    assert_eq!(mine[0]["upcoming_stays"], 1);
}
