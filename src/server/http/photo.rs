//! Profile photo upload: a multipart form for browsers (works without JavaScript; answers
//! with a redirect back to the account page), and a raw-body `PUT` for API clients. Both
//! end in [`store_avatar`].

use crate::app::types::AppError;
use crate::app::types::account::{Me, PhotoProblem};
use crate::server::accounts;
use crate::server::auth::{self, CurrentUser};
use crate::server::db::DbScope;
use crate::server::http::api::ApiError;
use crate::server::media::{self, MediaStore};
use crate::server::state::AppState;
use axum::body::Body;
use axum::extract::{DefaultBodyLimit, FromRequest, Multipart, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{post, put};
use axum::{Extension, Json, Router};

/// Room for the multipart framing around the file.
const FORM_OVERHEAD: usize = 64 * 1024;

pub fn routes(state: &AppState) -> Router<AppState> {
    let limit = state.config.max_photo_bytes + FORM_OVERHEAD;
    Router::new()
        .route("/account/photo", post(upload_form))
        .route("/account/photo/remove", post(remove_form))
        .route("/api/v1/me/photo", put(upload_api).delete(remove_api))
        .layer(DefaultBodyLimit::max(limit))
}

#[derive(Debug)]
enum Failure {
    Photo(PhotoProblem),
    App(AppError),
}

impl From<PhotoProblem> for Failure {
    fn from(p: PhotoProblem) -> Self {
        Self::Photo(p)
    }
}

impl From<AppError> for Failure {
    fn from(e: AppError) -> Self {
        Self::App(e)
    }
}

impl From<Failure> for ApiError {
    fn from(f: Failure) -> Self {
        match f {
            Failure::Photo(p) => Self {
                field: Some("photo".into()),
                ..Self::new(
                    StatusCode::from_u16(p.status()).unwrap_or(StatusCode::BAD_REQUEST),
                    p.code(),
                    p.message(),
                )
            },
            Failure::App(e) => e.into(),
        }
    }
}

/// Checks and converts the upload, stores it, points the account at it, and removes the
/// photo it replaces.
async fn store_avatar(
    state: &AppState,
    db: &DbScope,
    user: uuid::Uuid,
    bytes: Vec<u8>,
) -> Result<(), Failure> {
    if bytes.is_empty() {
        return Err(PhotoProblem::Missing.into());
    }
    if bytes.len() > state.config.max_photo_bytes {
        return Err(PhotoProblem::TooLarge.into());
    }
    let jpeg = media::avatar_from_upload(bytes).await?;
    let store = MediaStore::new(&state.config.media_dir);
    let key = store
        .put(&format!("avatars/{user}"), "jpg", &jpeg)
        .await
        .map_err(|e| {
            tracing::error!(error = %e, "could not store a photo");
            AppError::Internal
        })?;
    let previous = accounts::set_avatar(db, user, Some(media::url_of(&key))).await?;
    forget(&store, previous.as_deref(), Some(&key)).await;
    Ok(())
}

/// Removes the file behind a replaced photo URL, unless it is `keep` (the same photo
/// uploaded again). Each account's photos live in a folder of its own, so no other account
/// points at the file.
async fn forget(store: &MediaStore, previous: Option<&str>, keep: Option<&str>) {
    let Some(old) = previous.and_then(media::key_of) else {
        return;
    };
    if Some(old) == keep {
        return;
    }
    if let Err(e) = store.remove(old).await {
        tracing::warn!(error = %e, key = old, "could not remove a replaced photo");
    }
}

/// Reads the `photo` field of a multipart form, at most `max` bytes of it.
async fn photo_field(mut form: Multipart, max: usize) -> Result<Vec<u8>, PhotoProblem> {
    let too_large = |e: axum::extract::multipart::MultipartError| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            PhotoProblem::TooLarge
        } else {
            PhotoProblem::Missing
        }
    };
    while let Some(mut field) = form.next_field().await.map_err(too_large)? {
        if field.name() != Some("photo") {
            continue;
        }
        let mut bytes = Vec::new();
        while let Some(chunk) = field.chunk().await.map_err(too_large)? {
            if bytes.len() + chunk.len() > max {
                return Err(PhotoProblem::TooLarge);
            }
            bytes.extend_from_slice(&chunk);
        }
        return Ok(bytes);
    }
    Err(PhotoProblem::Missing)
}

/// `POST /account/photo` (multipart, field `photo`) → 303 back to the account page.
async fn upload_form(
    State(state): State<AppState>,
    Extension(db): Extension<DbScope>,
    req: Request,
) -> Response {
    let (mut parts, body) = req.into_parts();
    let Ok(Some(user)) = auth::current(&mut parts, &state).await else {
        return Redirect::to("/signin?next=/account").into_response();
    };
    let form = match Multipart::from_request(Request::from_parts(parts, body), &state).await {
        Ok(form) => form,
        Err(_) => return back(Err(PhotoProblem::Missing.into())),
    };
    let result = match photo_field(form, state.config.max_photo_bytes).await {
        Ok(bytes) => store_avatar(&state, &db, user.id, bytes).await,
        Err(problem) => Err(problem.into()),
    };
    back(result)
}

/// `POST /account/photo/remove` → 303 back to the account page.
async fn remove_form(
    State(state): State<AppState>,
    Extension(db): Extension<DbScope>,
    req: Request,
) -> Response {
    let (mut parts, _) = req.into_parts();
    let Ok(Some(user)) = auth::current(&mut parts, &state).await else {
        return Redirect::to("/signin?next=/account").into_response();
    };
    back(remove(&state, &db, user.id).await)
}

async fn remove(state: &AppState, db: &DbScope, user: uuid::Uuid) -> Result<(), Failure> {
    let previous = accounts::set_avatar(db, user, None).await?;
    forget(
        &MediaStore::new(&state.config.media_dir),
        previous.as_deref(),
        None,
    )
    .await;
    Ok(())
}

/// The account page, told how the photo change went.
fn back(result: Result<(), Failure>) -> Response {
    let to = match result {
        Ok(()) => "/account?photo=saved#photo".to_string(),
        Err(Failure::Photo(p)) => format!("/account?photo_error={}#photo", p.code()),
        Err(Failure::App(AppError::Unauthorized)) => "/signin?next=/account".to_string(),
        Err(Failure::App(e)) => {
            return (
                StatusCode::from_u16(e.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                e.to_string(),
            )
                .into_response();
        }
    };
    Redirect::to(&to).into_response()
}

/// `PUT /api/v1/me/photo` with the image as the body → the account, with its new photo.
async fn upload_api(
    State(state): State<AppState>,
    user: CurrentUser,
    Extension(db): Extension<DbScope>,
    body: Body,
) -> Result<Json<Me>, ApiError> {
    let bytes = axum::body::to_bytes(body, state.config.max_photo_bytes)
        .await
        .map_err(|_| Failure::Photo(PhotoProblem::TooLarge))?;
    store_avatar(&state, &db, user.id, bytes.to_vec()).await?;
    Ok(Json(accounts::me(&db, user.id).await?))
}

/// `DELETE /api/v1/me/photo` → 204.
async fn remove_api(
    State(state): State<AppState>,
    user: CurrentUser,
    Extension(db): Extension<DbScope>,
) -> Result<StatusCode, ApiError> {
    remove(&state, &db, user.id).await?;
    Ok(StatusCode::NO_CONTENT)
}
