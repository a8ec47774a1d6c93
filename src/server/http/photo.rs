//! Profile photo upload: a multipart form for browsers (works without JavaScript; answers
//! with a redirect back to the account page), and a raw-body `PUT` for API clients. Both
//! end in [`store_avatar`].

use crate::app::types::AppError;
use crate::app::types::account::{Me, PhotoProblem};
use crate::app::types::ids::ListingId;
use crate::server::accounts;
use crate::server::accounts::auth::{self, CurrentUser};
use crate::server::http::api::{ApiError, ErrorBody};
use crate::server::http::extract::{BadPathId, IdPath};
use crate::server::platform::db::DbScope;
use crate::server::platform::media::{self, MediaStore};
use crate::server::platform::state::AppState;
use axum::body::Body;
use axum::extract::{DefaultBodyLimit, FromRequest, Multipart, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::post;
use axum::{Extension, Json, Router};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// Room for the multipart framing around the file.
const FORM_OVERHEAD: usize = 64 * 1024;

/// The browser forms' routes.
pub fn form_routes(state: &AppState) -> Router<AppState> {
    let limit = state.config.max_photo_bytes + FORM_OVERHEAD;
    Router::new()
        .route("/account/photo", post(upload_form))
        .route("/account/photo/remove", post(remove_form))
        .layer(DefaultBodyLimit::max(limit))
        .merge(
            Router::new()
                .route("/host/listings/{id}/photos", post(upload_listing_form))
                .layer(DefaultBodyLimit::max(
                    LISTING_UPLOAD_FILES * state.config.max_listing_photo_bytes + FORM_OVERHEAD,
                )),
        )
}

/// `PUT/DELETE /api/v1/me/photo`, documented (merged into `api::router`). No body limit
/// layer: the upload reads its raw body with its own limit.
pub fn api_routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(upload_api, remove_api))
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
            Failure::Photo(p) => problem_error(p),
            Failure::App(e) => e.into(),
        }
    }
}

/// The API's answer to a refused image.
pub fn problem_error(p: PhotoProblem) -> ApiError {
    ApiError {
        field: Some("photo".into()),
        ..ApiError::new(
            StatusCode::from_u16(p.status()).unwrap_or(StatusCode::BAD_REQUEST),
            p.code(),
            p.message(),
        )
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
    let store = &state.media;
    let key = store
        .put(&format!("avatars/{user}"), "jpg", jpeg)
        .await
        .map_err(|e| {
            tracing::error!(error = %e, "could not store a photo");
            AppError::Internal
        })?;
    let previous = accounts::set_avatar(db, user, Some(store.url_of(&key))).await?;
    forget(store, previous.as_deref(), Some(&key)).await;
    Ok(())
}

/// Removes the file behind a replaced photo URL, unless it is `keep` (the same photo
/// uploaded again). Each account's photos live in a folder of its own, so no other account
/// points at the file.
async fn forget(store: &MediaStore, previous: Option<&str>, keep: Option<&str>) {
    let Some(old) = previous.and_then(|url| store.key_of(url)) else {
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
    forget(&state.media, previous.as_deref(), None).await;
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

/// Upload a profile photo, the image itself as the body.
#[utoipa::path(
    put,
    path = "/api/v1/me/photo",
    operation_id = "upload_photo",
    tag = "accounts",
    security(("bearer" = []), ("session" = [])),
    request_body(
        description = "The image itself (not a form): JPEG, PNG or WebP, at most 5 MiB \
            (`HAVEN_MAX_PHOTO_BYTES`). It is re-encoded as a square JPEG.",
        content(("image/jpeg"), ("image/png"), ("image/webp"), ("application/octet-stream")),
    ),
    responses(
        (status = 200, description = "The account, with its new photo.", body = Me),
        (status = 400, description = "The body is empty (`missing`).", body = ErrorBody),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
        (status = 413, description = "The image is larger than the limit (`too_large`).", body = ErrorBody),
        (status = 415, description = "The body is not a JPEG, PNG or WebP image (`not_an_image`).", body = ErrorBody),
        (status = 422, description = "The image could not be decoded, or its dimensions are out of bounds (`unreadable`).", body = ErrorBody),
    )
)]
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

/// Remove the profile photo.
#[utoipa::path(
    delete,
    path = "/api/v1/me/photo",
    operation_id = "remove_photo",
    tag = "accounts",
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 204, description = "The photo is removed (or there was none)."),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
    )
)]
async fn remove_api(
    State(state): State<AppState>,
    user: CurrentUser,
    Extension(db): Extension<DbScope>,
) -> Result<StatusCode, ApiError> {
    remove(&state, &db, user.id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// How many photos one browser upload may carry.
const LISTING_UPLOAD_FILES: usize = 10;

/// `POST /host/listings/{id}/photos` (multipart, one or more `photos` files, optional
/// `alt`) → 303 back to the photo manager, told how many were added or what was wrong.
async fn upload_listing_form(
    State(state): State<AppState>,
    Extension(db): Extension<DbScope>,
    id: Result<IdPath<ListingId>, BadPathId>,
    req: Request,
) -> Response {
    let id = match id {
        Ok(IdPath(id)) => id.get(),
        Err(BadPathId(e)) => return e.into_page(),
    };
    let (mut parts, body) = req.into_parts();
    let back_to = format!("/host/listings/{id}/photos");
    let Ok(Some(user)) = auth::current(&mut parts, &state).await else {
        return Redirect::to(&format!("/signin?next={back_to}")).into_response();
    };
    if let Err(e) = crate::server::hosting::owned(&db, user.id, id).await {
        return e.into_page();
    }
    let Ok(mut form) = Multipart::from_request(Request::from_parts(parts, body), &state).await
    else {
        return Redirect::to(&format!("{back_to}?photo_error=missing")).into_response();
    };
    let max = state.config.max_listing_photo_bytes;
    let mut added = 0;
    let mut alt = String::new();
    let outcome: Result<(), crate::server::platform::media::UploadError> = async {
        while let Some(mut field) = form.next_field().await.map_err(multipart_problem)? {
            match field.name() {
                Some("alt") => alt = field.text().await.map_err(multipart_problem)?,
                Some("photos") => {
                    // A form sent with no file chosen has one empty, nameless part.
                    if field.file_name().is_none_or(str::is_empty) {
                        continue;
                    }
                    if added >= LISTING_UPLOAD_FILES {
                        return Err(AppError::Unprocessable(format!(
                            "Upload at most {LISTING_UPLOAD_FILES} photos at a time."
                        ))
                        .into());
                    }
                    let mut bytes = Vec::new();
                    while let Some(chunk) = field.chunk().await.map_err(multipart_problem)? {
                        if bytes.len() + chunk.len() > max {
                            return Err(PhotoProblem::TooLarge.into());
                        }
                        bytes.extend_from_slice(&chunk);
                    }
                    crate::server::hosting::add_photo(&state, &db, id, bytes, &alt).await?;
                    added += 1;
                }
                _ => {}
            }
        }
        Ok(())
    }
    .await;
    let to = match outcome {
        Ok(()) if added == 0 => format!("{back_to}?photo_error=missing"),
        Ok(()) => format!("{back_to}?added={added}"),
        Err(crate::server::platform::media::UploadError::Photo(p)) => {
            format!("{back_to}?added={added}&photo_error={}", p.code())
        }
        Err(crate::server::platform::media::UploadError::App(AppError::Unprocessable(_))) => {
            format!("{back_to}?added={added}&photo_error=too_many")
        }
        Err(crate::server::platform::media::UploadError::App(e)) => return e.into_page(),
    };
    Redirect::to(&to).into_response()
}

fn multipart_problem(e: axum::extract::multipart::MultipartError) -> PhotoProblem {
    if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
        PhotoProblem::TooLarge
    } else {
        PhotoProblem::Missing
    }
}

trait IntoPage {
    fn into_page(self) -> Response;
}

impl IntoPage for AppError {
    /// A plain error page with the error's status, for a form posted without JavaScript.
    fn into_page(self) -> Response {
        (
            StatusCode::from_u16(self.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
            self.to_string(),
        )
            .into_response()
    }
}
