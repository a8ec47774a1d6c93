//! A CSV download as a streamed axum response, and rows from a query on their own task.

use super::{CsvOptions, CsvRecord, CsvWriter};
use axum::body::Body;
use axum::response::Response;
use bytes::Bytes;
use futures::{Stream, StreamExt};
use http::{HeaderValue, StatusCode, header};
use std::future::Future;
use tokio::sync::mpsc;

/// Roughly how much is written before a chunk goes to the client: few enough syscalls and
/// frames for a large export, little enough memory for many at once.
pub const CHUNK_BYTES: usize = 16 * 1024;

/// Rows in flight between a query's task and the response (see [`spawn_rows`]).
const CHANNEL_ROWS: usize = 256;

/// The response for a CSV download of `rows`, named `filename` (see [`attachment_name`]).
///
/// It waits for the first row (or the end) before answering, so a query that fails at once
/// is an `Err` the handler turns into an error status. After that the status is sent: an
/// error mid-way is logged and ends the body abruptly, so the client sees a failed download
/// rather than a file that looks complete. Rows are written as they arrive, in chunks of
/// about [`CHUNK_BYTES`]; memory stays at one chunk whatever the number of rows.
pub async fn csv_response<R, S, E>(
    filename: &str,
    rows: S,
    options: CsvOptions,
) -> Result<Response, E>
where
    R: CsvRecord + Send + 'static,
    S: Stream<Item = Result<R, E>> + Send + 'static,
    E: std::error::Error + Send + Sync + 'static,
{
    csv_response_with_header(filename, R::header(), rows, options).await
}

/// [`csv_response`] with the header row given at run time (see
/// [`CsvWriter::with_header`]): column names that name the host's currency, say.
pub async fn csv_response_with_header<R, S, E>(
    filename: &str,
    header: &[impl AsRef<str>],
    rows: S,
    options: CsvOptions,
) -> Result<Response, E>
where
    R: CsvRecord + Send + 'static,
    S: Stream<Item = Result<R, E>> + Send + 'static,
    E: std::error::Error + Send + Sync + 'static,
{
    let mut rows = Box::pin(rows);
    let mut writer = CsvWriter::with_header::<R>(header, options);
    let first = rows.next().await.transpose()?;
    let finished = first.is_none();
    if let Some(record) = first {
        writer.record(&record);
    }
    let body = futures::stream::unfold(
        (rows, writer, finished),
        |(mut rows, mut writer, mut finished)| async move {
            while !finished && writer.len() < CHUNK_BYTES {
                match rows.next().await {
                    Some(Ok(record)) => writer.record(&record),
                    Some(Err(e)) => {
                        tracing::error!(error = %e, "CSV export failed part way; body cut short");
                        return Some((Err(e), (rows, writer, true)));
                    }
                    None => finished = true,
                }
            }
            if writer.is_empty() {
                return None;
            }
            let chunk = Bytes::from(writer.take());
            Some((Ok(chunk), (rows, writer, finished)))
        },
    )
    // A body may be polled once more after its end (a layer finishing its trailers): a
    // fused stream answers "ended" again instead of panicking.
    .fuse();
    let mut response = Response::new(Body::from_stream(body));
    *response.status_mut() = StatusCode::OK;
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    let disposition = format!("attachment; filename=\"{}\"", attachment_name(filename));
    if let Ok(value) = HeaderValue::from_str(&disposition) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    // A host's bookings and earnings: never kept by a shared cache or the browser's.
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

/// A file name safe inside `filename="…"`: ASCII letters, digits, `-`, `_` and `.` kept,
/// anything else (quotes, slashes, control characters, non-ASCII) an underscore, no leading
/// dot, at most 100 characters, ending in `.csv`.
pub fn attachment_name(filename: &str) -> String {
    let cleaned: String = filename
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .take(100)
        .collect();
    let stem = cleaned.trim_start_matches('.');
    let stem = stem.strip_suffix(".csv").unwrap_or(stem);
    if stem.is_empty() {
        "export.csv".to_string()
    } else {
        format!("{stem}.csv")
    }
}

/// The sending end given to a [`spawn_rows`] task.
pub struct RowSender<R, E>(mpsc::Sender<Result<R, E>>);

impl<R, E> RowSender<R, E> {
    /// Sends the rows of `rows` until it ends, fails (the error is sent too, and ends it) or
    /// the response is gone (the client went away: the query is dropped, its connection
    /// goes back to the pool).
    pub async fn forward(self, rows: impl Stream<Item = Result<R, E>>) {
        let mut rows = std::pin::pin!(rows);
        while let Some(item) = rows.next().await {
            let failed = item.is_err();
            if self.0.send(item).await.is_err() || failed {
                break;
            }
        }
    }

    /// Sends one row or error; `false` once the response is gone.
    pub async fn send(&self, item: Result<R, E>) -> bool {
        self.0.send(item).await.is_ok()
    }
}

/// Rows produced by `produce` on a task of their own, through a bounded channel (so a slow
/// client slows the query instead of filling memory). This is how a query that borrows its
/// pool, like `sqlx::query_as!(…).fetch(&pool)`, becomes the `'static` stream a response
/// body needs: the task owns the pool and the parameters.
pub fn spawn_rows<R, E, F, Fut>(produce: F) -> impl Stream<Item = Result<R, E>> + Send + 'static
where
    R: Send + 'static,
    E: Send + 'static,
    F: FnOnce(RowSender<R, E>) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    let (tx, rx) = mpsc::channel(CHANNEL_ROWS);
    tokio::spawn(produce(RowSender(tx)));
    futures::stream::unfold(rx, |mut rx| async move {
        rx.recv().await.map(|item| (item, rx))
    })
    .fuse()
}
