//! Reviews in the server-rendered pages, as a browser without JavaScript gets them.

use super::{World, guest_review, host_review};

#[tokio::test]
async fn the_listing_page_shows_the_rating_the_categories_and_the_review_as_plain_text() {
    let w = World::new().await;
    let uri = format!("/listings/{}", w.listing);
    let before = common_page(&w, &uri).await;
    assert!(before.contains("New"), "no reviews yet reads as new");
    assert!(before.contains("No reviews yet"));

    let id = w.stayed().await;
    let mut review = guest_review(4);
    review["text"] = "<script>alert(1)</script> Lovely & quiet".into();
    assert_eq!(w.review(id, &w.guest, review).await.status, 201);
    // Hidden while only one side has written.
    assert!(!common_page(&w, &uri).await.contains("alert(1)"));
    assert_eq!(w.review(id, &w.host, host_review(5)).await.status, 201);

    let page = common_page(&w, &uri).await;
    assert!(page.contains("★ 4.00 (1)"), "the summary");
    assert!(page.contains("Rated 4.00 out of 5 from 1 review"));
    assert!(page.contains("1 review"));
    for category in [
        "Cleanliness",
        "Accuracy",
        "Check-in",
        "Communication",
        "Location",
        "Value",
    ] {
        assert!(page.contains(&format!("<dt>{category}</dt>")), "{category}");
    }
    assert!(
        page.contains("&lt;script&gt;alert(1)&lt;/script&gt; Lovely &amp; quiet"),
        "shown as escaped text"
    );
    assert!(!page.contains("<script>alert(1)"));
    assert!(
        !page.contains("The shower drains slowly"),
        "the private note stays private"
    );
    // Search cards carry the rating too.
    let search = common_page(&w, "/search?q=Porto").await;
    assert!(search.contains("★ 4.00 (1)"), "{search}");
}

async fn common_page(w: &World, uri: &str) -> String {
    let r = super::common::get(&w.app, uri).await;
    assert_eq!(r.status, 200, "{uri}: {}", r.body);
    r.body
}
