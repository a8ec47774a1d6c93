//! No double booking under contention: two real `haven serve` processes share one fresh
//! database, and 200 booking attempts with overlapping stays hit them at once over HTTP.
//! Exactly a non-overlapping set may succeed, every other attempt must get a 409, and SQL
//! must find no two holds that overlap; then the same with preparation time.

mod common;

use common::TestDb;
use common::accounts::{PASSWORD, registration};
use rand::{Rng, SeedableRng};
use serde_json::{Value, json};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use time::{Date, Duration};

const ATTEMPTS: usize = 200;
const GUESTS: usize = 20;

/// A `haven serve` process, stopped when dropped.
struct Server {
    child: Child,
    base: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

async fn start(database_url: &str) -> Server {
    let port = free_port();
    let media = std::env::temp_dir().join(format!("haven-race-media-{port}"));
    let child = Command::new(env!("CARGO_BIN_EXE_haven"))
        .arg("serve")
        .env("DATABASE_URL", database_url)
        .env_remove("DATABASE_REPLICA_URL")
        .env("HAVEN_LISTEN", format!("127.0.0.1:{port}"))
        .env("HAVEN_JOB_WORKER", "false")
        .env("HAVEN_MEDIA_DIR", media)
        .env("HAVEN_AUTH_PER_IP_BURST", "100000")
        .env("HAVEN_SIGN_IN_PER_ACCOUNT_BURST", "100000")
        .env("HAVEN_WRITES_PER_USER_PER_MINUTE", "100000")
        .env("DATABASE_MAX_CONNECTIONS", "16")
        // 200 requests at once on a 2-core machine queue for connections for a while: they
        // must wait their turn (and then get 201 or 409), not give up with a 503.
        .env("DATABASE_ACQUIRE_TIMEOUT_MS", "30000")
        .env("RUST_LOG", "error")
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("start haven serve");
    let server = Server {
        child,
        base: format!("http://127.0.0.1:{port}"),
    };
    // Ready when /readyz answers 200 (it checks the database).
    let client = reqwest::Client::new();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    loop {
        if let Ok(r) = client.get(format!("{}/readyz", server.base)).send().await
            && r.status() == 200
        {
            return server;
        }
        assert!(std::time::Instant::now() < deadline, "server did not start");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

async fn post(
    client: &reqwest::Client,
    url: String,
    token: Option<&str>,
    body: Value,
) -> (u16, Value) {
    let mut req = client.post(url).json(&body);
    if let Some(t) = token {
        req = req.header("authorization", t);
    }
    let r = req.send().await.expect("request");
    let status = r.status().as_u16();
    (status, r.json().await.unwrap_or(Value::Null))
}

/// Registers `email` over real HTTP and returns its bearer header value.
async fn account(client: &reqwest::Client, base: &str, email: &str) -> String {
    let body = registration(email, PASSWORD, "Racer");
    let (status, _) = post(client, format!("{base}/api/v1/auth/register"), None, body).await;
    assert_eq!(status, 201, "register {email}");
    let body = json!({"email": email, "password": PASSWORD});
    let (status, r) = post(client, format!("{base}/api/v1/auth/login"), None, body).await;
    assert_eq!(status, 200, "login {email}");
    format!("Bearer {}", r["token"].as_str().expect("token"))
}

/// One contended run on a fresh listing with `preparation` nights after each stay.
async fn contend(preparation: i32) {
    let t = TestDb::new().await;
    let servers = [start(&t.primary_url()).await, start(&t.primary_url()).await];
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(64)
        .build()
        .expect("client");
    let host = format!("host-{preparation}@example.com");
    account(&client, &servers[0].base, &host).await;
    let pool = t.primary_pool().await;
    let listing = common::insert_listing(&pool, "Contended cabin")
        .await
        .expect("listing");
    sqlx::query(
        "UPDATE listings SET instant_book = true, max_guests = 4, preparation_nights = $2 WHERE id = $1",
    )
    .bind(listing)
    .bind(preparation)
    .execute(&pool)
    .await
    .expect("settings");
    let mut tokens = Vec::new();
    for g in 0..GUESTS {
        let base = &servers[g % 2].base;
        tokens.push(
            account(
                &client,
                base,
                &format!("guest{g}-{preparation}@example.com"),
            )
            .await,
        );
    }

    // 200 stays of 1 to 5 nights inside 40 nights: most overlap several others.
    let first = time::OffsetDateTime::now_utc().date() + Duration::days(5);
    let mut rng = rand::rngs::StdRng::seed_from_u64(u64::from(preparation as u32) + 42);
    let stays: Vec<(Date, Date)> = (0..ATTEMPTS)
        .map(|_| {
            let start = first + Duration::days(rng.gen_range(0..40));
            (start, start + Duration::days(rng.gen_range(1..=5)))
        })
        .collect();
    common::accounts::mark_all_verified_directly(&pool).await;
    let barrier = Arc::new(tokio::sync::Barrier::new(ATTEMPTS));
    let tasks: Vec<_> = stays
        .iter()
        .enumerate()
        .map(|(i, (a, b))| {
            let client = client.clone();
            let url = format!("{}/api/v1/bookings", servers[i % 2].base);
            let token = tokens[i % GUESTS].clone();
            let barrier = barrier.clone();
            let body = json!({"listing_id": listing, "check_in": a.to_string(), "check_out": b.to_string(), "guest_count": 2});
            tokio::spawn(async move {
                barrier.wait().await;
                post(&client, url, Some(&token), body).await
            })
        })
        .collect();
    let mut won = Vec::new();
    let mut lost = Vec::new();
    for (i, task) in tasks.into_iter().enumerate() {
        let (status, body) = task.await.expect("task");
        match status {
            201 => won.push(stays[i]),
            409 => lost.push(stays[i]),
            other => panic!("attempt {i}: {other} {body}"),
        }
    }
    assert!(
        !won.is_empty() && !lost.is_empty(),
        "{} won, {} lost",
        won.len(),
        lost.len()
    );
    let held = |(a, b): (Date, Date)| (a, b + Duration::days(i64::from(preparation)));
    let overlap = |x: (Date, Date), y: (Date, Date)| x.0 < y.1 && y.0 < x.1;
    // The winners never overlap (with their preparation nights)...
    for (i, x) in won.iter().enumerate() {
        for y in &won[i + 1..] {
            assert!(!overlap(held(*x), held(*y)), "{x:?} and {y:?} both won");
        }
    }
    // ...and every loser really clashed with a winner.
    for x in &lost {
        assert!(
            won.iter().any(|y| overlap(held(*x), held(*y))),
            "{x:?} was refused but clashes with no booking"
        );
    }
    // The database agrees: one booking per winner, no two holds overlapping.
    let bookings: i64 = sqlx::query_scalar("SELECT count(*) FROM bookings WHERE listing_id = $1")
        .bind(listing)
        .fetch_one(&pool)
        .await
        .expect("count");
    assert_eq!(bookings, won.len() as i64);
    let overlaps: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM listing_holds a JOIN listing_holds b
           ON a.listing_id = b.listing_id AND a.id < b.id AND a.nights && b.nights
         WHERE a.listing_id = $1",
    )
    .bind(listing)
    .fetch_one(&pool)
    .await
    .expect("overlaps");
    assert_eq!(overlaps, 0);
    let stays_overlapping: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM bookings a JOIN bookings b
           ON a.listing_id = b.listing_id AND a.id < b.id
          AND daterange(a.check_in, a.check_out + $2) && daterange(b.check_in, b.check_out + $2)
         WHERE a.listing_id = $1 AND a.status IN ('pending', 'confirmed')
           AND b.status IN ('pending', 'confirmed')",
    )
    .bind(listing)
    .bind(preparation)
    .fetch_one(&pool)
    .await
    .expect("stays");
    assert_eq!(stays_overlapping, 0);
    pool.close().await;
}

/// One test, so the two runs do not compete for the machine.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_hundred_overlapping_attempts_on_two_servers_book_each_night_once() {
    contend(0).await;
    // The same with two preparation nights after each stay.
    contend(2).await;
}
