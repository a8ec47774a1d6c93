//! Listing page views, counted on the server: not the host's own, not known bots, not
//! prefetches. Each app server counts in memory (`platform::counters`) and adds its counts
//! to `listing_views` (per listing and local day) every [`FLUSH_EVERY`] and when it stops:
//! a crash loses at most that many seconds of views. No third-party analytics.

use crate::server::platform::state::AppState;
use std::time::Duration;
use uuid::Uuid;

/// How often an app server writes its counts.
pub const FLUSH_EVERY: Duration = Duration::from_secs(10);

/// Words in a `User-Agent` that mark a robot (lower case).
const BOT_MARKS: [&str; 12] = [
    "bot",
    "crawl",
    "spider",
    "slurp",
    "facebookexternalhit",
    "preview",
    "curl/",
    "wget/",
    "python-requests",
    "httpclient",
    "go-http-client",
    "lighthouse",
];

/// Whether `user_agent` is a known robot (or missing: browsers always send one).
pub fn is_bot(user_agent: Option<&str>) -> bool {
    match user_agent.map(str::trim).filter(|ua| !ua.is_empty()) {
        None => true,
        Some(ua) => {
            let ua = ua.to_ascii_lowercase();
            BOT_MARKS.iter().any(|m| ua.contains(m))
        }
    }
}

/// What is known about one view of a listing page.
pub struct View<'a> {
    pub listing: i64,
    pub host: &'a str,
    pub viewer: Option<Uuid>,
    pub user_agent: Option<&'a str>,
    /// A `Purpose: prefetch` / `Sec-Purpose: prefetch` request: nobody looked yet.
    pub prefetch: bool,
}

/// Counts `view` unless it is the host's own, a robot's or a prefetch.
pub fn count(state: &AppState, view: &View<'_>) {
    let own = view.viewer.is_some_and(|v| v.to_string() == view.host);
    if own || view.prefetch || is_bot(view.user_agent) {
        return;
    }
    state.views.add(view.listing, state.clock.now());
}

/// Adds the counts taken so far to `listing_views`, each UTC hour on the listing's local
/// day. On failure the counts go back, for the next flush.
pub async fn flush(state: &AppState) -> Result<u64, sqlx::Error> {
    let batch = state.views.take();
    if batch.is_empty() {
        return Ok(0);
    }
    let listings: Vec<i64> = batch.iter().map(|b| b.0).collect();
    let hours: Vec<i64> = batch.iter().map(|b| b.1).collect();
    let counts: Vec<i32> = batch.iter().map(|b| b.2).collect();
    let done = sqlx::query!(
        "INSERT INTO listing_views AS v (listing_id, day, views)
         SELECT l.id, (to_timestamp(b.hour * 3600) AT TIME ZONE l.time_zone)::date, sum(b.n)
         FROM unnest($1::bigint[], $2::bigint[], $3::int[]) AS b(listing, hour, n)
         JOIN listings l ON l.id = b.listing
         GROUP BY 1, 2
         ON CONFLICT (listing_id, day) DO UPDATE SET views = v.views + EXCLUDED.views",
        &listings,
        &hours,
        &counts
    )
    .execute(state.db.primary())
    .await;
    match done {
        Ok(r) => Ok(r.rows_affected()),
        Err(e) => {
            state.views.restore(batch);
            Err(e)
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn robots_are_told_from_browsers() {
        use super::is_bot;
        let chrome = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";
        assert!(!is_bot(Some(chrome)));
        assert!(!is_bot(Some(
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile/15E148"
        )));
        for ua in [
            "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
            "Mozilla/5.0 (compatible; bingbot/2.0)",
            "facebookexternalhit/1.1",
            "curl/8.5.0",
            "python-requests/2.31",
            "",
        ] {
            assert!(is_bot(Some(ua)), "{ua}");
        }
        assert!(is_bot(None));
    }
}
