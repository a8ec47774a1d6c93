//! Feeds that cannot be read: each gives its calendar a clear status in plain words, and
//! the nights it blocked before stay blocked.

use super::World;
use super::server::Reply;
use serde_json::json;

impl World {
    /// Imports the Airbnb fixture at `path`, syncs, then makes `path` answer `reply` and
    /// syncs again: the feed as listed after.
    async fn after_failure(&self, path: &str, reply: Reply) -> serde_json::Value {
        self.feeds.calendar(path, self.fixture("airbnb.ics"));
        let feed = self.add_feed("Airbnb", path).await;
        self.sync().await;
        assert_eq!(self.imported().await, [(10, 13), (20, 22)]);
        self.feeds.set(path, reply);
        self.due().await;
        assert_eq!(self.sync().await, 1);
        assert_eq!(
            self.imported().await,
            [(10, 13), (20, 22)],
            "a failure frees nothing"
        );
        let listed = self.feed(feed).await;
        assert_eq!(listed["status"], "failed", "{listed}");
        listed
    }
}

#[tokio::test]
async fn a_missing_feed_says_what_the_server_answered() {
    let w = World::new().await;
    let listed = w.after_failure("/gone.ics", Reply::Status(404)).await;
    assert_eq!(
        listed["message"],
        "The calendar at 127.0.0.1 answered 404 Not Found."
    );
    assert!(listed["last_attempt_at"].is_string() && listed["last_success_at"].is_string());
}

#[tokio::test]
async fn a_malformed_feed_names_its_bad_line() {
    let w = World::new().await;
    let listed = w
        .after_failure(
            "/broken.ics",
            Reply::Calendar {
                body: w.fixture("malformed.ics"),
                etag: "\"b\"".into(),
            },
        )
        .await;
    assert_eq!(
        listed["message"],
        "Not an iCalendar file: line 7 is not a calendar line (“this line is not a calendar property”)."
    );
}

#[tokio::test]
async fn a_web_page_is_not_a_calendar() {
    let w = World::new().await;
    let page = "<!doctype html><title>Sign in</title><p>Please sign in.".to_string();
    let listed = w
        .after_failure(
            "/login.ics",
            Reply::Calendar {
                body: page,
                etag: "\"p\"".into(),
            },
        )
        .await;
    assert_eq!(
        listed["message"],
        "Not an iCalendar file: it does not start with BEGIN:VCALENDAR."
    );
}

#[tokio::test]
async fn a_huge_feed_is_cut_off_while_it_streams() {
    let w = World::new().await;
    // Endless: only a limit counted as the bytes arrive can end this before the timeout.
    let listed = w.after_failure("/huge.ics", Reply::Endless).await;
    assert_eq!(
        listed["message"],
        "The calendar at 127.0.0.1 is larger than 2 MiB."
    );
}

#[tokio::test]
async fn a_declared_size_over_the_limit_is_refused_before_reading() {
    let w = World::with(|c| c.ical.max_bytes = 4096).await;
    let listed = w.after_failure("/big.ics", Reply::Declared(5000)).await;
    assert_eq!(
        listed["message"],
        "The calendar at 127.0.0.1 is larger than 4 KiB."
    );
}

#[tokio::test]
async fn a_silent_server_times_out_under_the_configured_limit() {
    let w = World::with(|c| c.ical.timeout = std::time::Duration::from_millis(300)).await;
    let listed = w.after_failure("/slow.ics", Reply::Silent).await;
    assert_eq!(
        listed["message"],
        "No answer from 127.0.0.1 within 300 milliseconds."
    );
}

#[tokio::test]
async fn private_addresses_are_refused_unless_allowed() {
    let w = World::with(|c| c.ical.allow_private = false).await;
    w.feeds.calendar("/airbnb.ics", w.fixture("airbnb.ics"));
    let uri = format!("/api/v1/listings/{}/calendar-feeds", w.listing);

    // An address written as an IP is refused at once.
    for url in [
        w.feeds.url("/airbnb.ics"),
        "http://[::1]/a.ics".into(),
        "http://169.254.169.254/latest".into(),
        "http://0x7f.1/a.ics".into(),
    ] {
        let r = w
            .call(
                "POST",
                &uri,
                &w.host,
                Some(json!({"name": "Airbnb", "url": url})),
            )
            .await;
        assert_eq!(r.status, 400, "{url}: {}", r.body);
        assert_eq!(r.error_field(), "url");
        assert_eq!(
            r.error_message(),
            "That address is on a private network: Haven imports only public calendars."
        );
    }

    // A name is judged once resolved (localhost is 127.0.0.1): the sync refuses to connect.
    let port = w.feeds.base.rsplit(':').next().expect("port");
    let r = w
        .call(
            "POST",
            &uri,
            &w.host,
            Some(json!({"name": "Local", "url": format!("http://localhost:{port}/airbnb.ics")})),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.body);
    let feed = r.json()["id"].as_i64().expect("id");
    w.sync().await;
    let listed = w.feed(feed).await;
    assert_eq!(listed["status"], "failed");
    assert_eq!(
        listed["message"],
        "localhost is on a private network: Haven imports only public calendars."
    );
    assert!(
        w.feeds.seen("/airbnb.ics").is_empty(),
        "nothing reached the private server"
    );
    assert_eq!(w.imported().await, []);
}

#[tokio::test]
async fn redirects_are_followed_a_few_times_and_judged_like_the_address() {
    let w = World::new().await;
    w.feeds.calendar("/airbnb.ics", w.fixture("airbnb.ics"));
    w.feeds.set("/moved", Reply::Redirect("/airbnb.ics".into()));
    for i in 0..7 {
        w.feeds.set(
            &format!("/r{i}"),
            Reply::Redirect(w.feeds.url(&format!("/r{}", i + 1))),
        );
    }
    w.feeds
        .set("/to-file", Reply::Redirect("file:///etc/passwd".into()));
    let moved = w.add_feed("Moved", "/moved").await;
    let looping = w.add_feed("Loop", "/r0").await;
    let file = w.add_feed("File", "/to-file").await;

    w.sync().await;

    assert_eq!(w.feed(moved).await["status"], "updated");
    assert_eq!(w.imported().await, [(10, 13), (20, 22)]);
    assert_eq!(
        w.feed(looping).await["message"],
        "The calendar at 127.0.0.1 redirected more than 5 times."
    );
    assert_eq!(
        w.feed(file).await["message"],
        "The calendar at 127.0.0.1 redirected to an address Haven will not follow: \
         Only http:// and https:// addresses can be imported."
    );
}
