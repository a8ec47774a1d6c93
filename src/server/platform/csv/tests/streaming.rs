use super::*;
use futures::StreamExt;
use http_body_util::BodyExt;
use std::io;

/// How many frames the body came in, and its bytes (or the error that cut it short).
async fn body_of(response: axum::response::Response) -> (usize, Result<Vec<u8>, String>) {
    let mut body = response.into_body();
    let (mut frames, mut bytes) = (0, Vec::new());
    while let Some(frame) = body.frame().await {
        match frame {
            Ok(frame) => {
                frames += 1;
                bytes.extend_from_slice(&frame.into_data().expect("data"));
            }
            Err(e) => return (frames, Err(e.to_string())),
        }
    }
    (frames, Ok(bytes))
}

fn many(n: usize) -> Vec<Line> {
    (0..n)
        .map(|i| {
            line(
                &format!("Guest {i}"),
                "=cmd|' /C calc'!A0, \"quoted\"\nnext line",
            )
        })
        .collect()
}

#[tokio::test]
async fn a_stream_of_rows_becomes_a_chunked_download() {
    let rows = many(2_000);
    let stream = futures::stream::iter(rows.clone().into_iter().map(Ok::<_, io::Error>));
    let response = csv_response("haven-reservations.csv", stream, CsvOptions::default())
        .await
        .expect("a response");
    assert_eq!(response.status(), 200);
    let header = |name| response.headers().get(name).and_then(|v| v.to_str().ok());
    assert_eq!(header("content-type"), Some("text/csv; charset=utf-8"));
    assert_eq!(
        header("content-disposition"),
        Some("attachment; filename=\"haven-reservations.csv\"")
    );
    assert_eq!(header("cache-control"), Some("no-store"));
    let (frames, body) = body_of(response).await;
    let body = body.expect("a whole body");
    assert_eq!(
        body,
        file(&rows, CsvOptions::default()),
        "the same bytes as written whole"
    );
    assert!(
        frames >= body.len() / CHUNK_BYTES,
        "{frames} frames for {} bytes",
        body.len()
    );
    assert!(frames > 1);
}

#[tokio::test]
async fn no_rows_is_a_header_alone() {
    let stream = futures::stream::empty::<Result<Line, io::Error>>();
    let response = csv_response("x", stream, CsvOptions { bom: true })
        .await
        .expect("a response");
    let (frames, body) = body_of(response).await;
    assert_eq!(frames, 1);
    assert_eq!(
        body.expect("a body"),
        [BOM, b"Name,Note,Count,Amount,Ratio\r\n"].concat()
    );
}

#[tokio::test]
async fn a_failure_before_the_first_row_is_an_error_not_a_file() {
    let stream = futures::stream::iter([Err::<Line, _>(io::Error::other("no database"))]);
    let result = csv_response("x.csv", stream, CsvOptions::default()).await;
    assert_eq!(
        result.err().map(|e| e.to_string()),
        Some("no database".to_string())
    );
}

#[tokio::test]
async fn a_failure_part_way_cuts_the_body_short() {
    let rows = many(500).into_iter().map(Ok);
    let stream = futures::stream::iter(rows.chain([Err(io::Error::other("connection lost"))]));
    let response = csv_response("x.csv", stream, CsvOptions::default())
        .await
        .expect("started");
    let (_, body) = body_of(response).await;
    assert!(body.is_err(), "a truncated export must not look complete");
}

#[tokio::test]
async fn spawned_rows_arrive_in_order_and_stop_when_the_client_leaves() {
    let rows = spawn_rows(|tx| async move {
        tx.forward(futures::stream::iter((0..1_000).map(Ok::<_, io::Error>)))
            .await;
    });
    let got: Vec<i32> = rows.map(|r| r.expect("a row")).collect().await;
    assert_eq!(got, (0..1_000).collect::<Vec<_>>());

    // An endless query: dropping the stream (the client went away) must end its task.
    let (done_tx, done_rx) = tokio::sync::oneshot::channel();
    let mut endless = Box::pin(spawn_rows(|tx| async move {
        tx.forward(futures::stream::iter((0..).map(Ok::<i64, io::Error>)))
            .await;
        let _ = done_tx.send(());
    }));
    assert_eq!(endless.next().await.map(|r| r.ok()), Some(Some(0)));
    drop(endless);
    let ended = tokio::time::timeout(std::time::Duration::from_secs(5), done_rx).await;
    assert!(matches!(ended, Ok(Ok(()))), "the producer kept running");
}

/// A row of the query below.
#[derive(sqlx::FromRow)]
struct Numbered {
    n: i64,
    label: String,
}

impl CsvRecord for Numbered {
    fn header() -> &'static [&'static str] {
        &["N", "Label"]
    }
    fn write(&self, row: &mut CsvRow<'_>) {
        row.number(self.n).text(&self.label);
    }
}

/// 20,000 numbered rows from PostgreSQL, through `spawn_rows` as an export would read them.
fn numbered(pool: sqlx::PgPool) -> impl futures::Stream<Item = Result<Numbered, sqlx::Error>> {
    spawn_rows(move |tx| async move {
        let sql = "SELECT g::int8 AS n, '=label ' || g AS label FROM generate_series(1, 20000) g";
        tx.forward(sqlx::query_as::<_, Numbered>(sql).fetch(&pool))
            .await;
    })
}

#[tokio::test]
async fn a_database_that_cannot_be_reached_is_an_error_before_any_byte() {
    let pool = sqlx::postgres::PgPoolOptions::new()
        .acquire_timeout(std::time::Duration::from_secs(1))
        .connect_lazy("postgres://haven@127.0.0.1:1/nowhere")
        .expect("a lazy pool");
    let result = csv_response("x.csv", numbered(pool), CsvOptions::default()).await;
    assert!(result.is_err());
}

/// A real query streamed through: `make unit-test` sets DATABASE_URL (the query touches no
/// table, so any database of the project will do).
#[tokio::test]
async fn a_query_streams_through_to_the_body() {
    let url = std::env::var("DATABASE_URL").expect("DATABASE_URL (make unit-test sets it)");
    let pool = sqlx::PgPool::connect(&url).await.expect("the database");
    let response = csv_response("n.csv", numbered(pool), CsvOptions::default())
        .await
        .expect("a response");
    let (frames, body) = body_of(response).await;
    let body = String::from_utf8(body.expect("a body")).expect("UTF-8");
    let lines: Vec<&str> = body.split_terminator("\r\n").collect();
    assert_eq!(lines.len(), 20_001);
    assert_eq!(lines[1], "1,'=label 1");
    assert_eq!(lines[20_000], "20000,'=label 20000");
    assert!(frames > 10, "streamed in chunks, not one piece: {frames}");
}

#[tokio::test]
async fn a_header_given_at_run_time_is_written_neutralised_and_quoted() {
    let rows = vec![line("Zoë", "ok")];
    let stream = futures::stream::iter(rows.into_iter().map(Ok::<_, io::Error>));
    let header = ["Name", "Note, in EUR", "=Count", "Amount (EUR)", "Ratio"];
    let response = csv_response_with_header("x.csv", &header, stream, CsvOptions::default())
        .await
        .expect("a response");
    let (_, body) = body_of(response).await;
    let body = String::from_utf8(body.expect("a body")).expect("UTF-8");
    assert_eq!(
        body.split("\r\n").next(),
        Some("Name,\"Note, in EUR\",'=Count,Amount (EUR),Ratio")
    );
    assert_eq!(body.lines().count(), 2);
}
