//! The OpenAPI document of /api/v1, assembled once when the router is built
//! ([`super::router`]): each handler's `#[utoipa::path]` contributes its operation as the
//! router registers it (utoipa-axum), so a route cannot be added without its entry, and
//! the wire types' `ToSchema` derives contribute the schemas. This file adds what no
//! single handler owns: the document's info and servers, the two ways to authenticate,
//! and the answers that middleware can give any operation.

use super::ErrorBody;
use axum::Extension;
use axum::body::Bytes;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use utoipa::openapi::path::Operation;
use utoipa::openapi::response::ResponseBuilder;
use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::openapi::{ContentBuilder, HeaderBuilder, OpenApi, Ref, RefOr, Type};
use utoipa::{Modify, ToSchema};

/// The parts of the document that do not come from a handler.
#[derive(utoipa::OpenApi)]
#[openapi(
    info(
        title = "Haven API",
        description = "The JSON API of Haven, a vacation-rental marketplace: accounts, \
            search, listings, prices and availability, wishlists, hosting, bookings, \
            messages.\n\n\
            Authenticate with a bearer token from `POST /api/v1/auth/login` \
            (`Authorization: Bearer hvn_…`) or with the browser's session cookie. \
            Errors are `{\"error\": {\"code\", \"message\", \"field\"?}}` with the \
            matching status.",
    ),
    servers((url = "/", description = "This server")),
    tags(
        (name = "accounts", description = "Registration, bearer tokens, the signed-in account"),
        (name = "listings", description = "Search, listing details, availability, price quotes"),
        (name = "favorites", description = "A guest's wishlists"),
        (name = "hosting", description = "A host's listings, their photos and calendars"),
        (name = "bookings", description = "Booking stays, answering requests, cancelling; notifications"),
        (name = "messages", description = "Conversations between guests and hosts: inquiries, threads, read receipts"),
        (name = "analytics", description = "The owner's dashboard: a host's figures, payouts and exports"),
        (name = "assistant", description = "The trip assistant: plain-language search (offline, deterministic)"),
        (name = "meta", description = "This document"),
    ),
    components(schemas(ErrorBody)),
    modifiers(&SecuritySchemes),
)]
pub struct ApiDoc;

struct SecuritySchemes;

impl Modify for SecuritySchemes {
    fn modify(&self, doc: &mut OpenApi) {
        let components = doc.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format("hvn_…")
                    .description(Some(
                        "An opaque token from `POST /api/v1/auth/login`, valid for 24 hours \
                         (configurable) until revoked by logout or a password change.",
                    ))
                    .build(),
            ),
        );
        components.add_security_scheme(
            "session",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::with_description(
                "haven.sid",
                "The browser's session cookie (`__Host-haven.sid` when served over HTTPS). \
                 Writes with it must come from this site (`Origin`).",
            ))),
        );
    }
}

/// Adds the answers that come from the middleware in front of every handler (see
/// `http::router`), where a handler does not document them itself: a state-changing request
/// may be refused for coming from another site (403) or for exceeding the caller's write
/// quota (429), and any request when the database cannot be reached (503).
fn add_middleware_responses(doc: &mut OpenApi) {
    for item in doc.paths.paths.values_mut() {
        let writes = [
            &mut item.post,
            &mut item.put,
            &mut item.delete,
            &mut item.patch,
        ];
        for op in writes.into_iter().flatten() {
            add_error(
                op,
                "403",
                "A write with a session cookie from another site (`cross_origin`).",
            );
            let retry_after = HeaderBuilder::new()
                .schema(utoipa::openapi::ObjectBuilder::new().schema_type(Type::Integer))
                .description(Some("Seconds to wait."))
                .build();
            add_response(
                op,
                "429",
                "Too many writes by this account (`rate_limited`).",
                Some(("Retry-After", retry_after)),
            );
        }
        let all = [
            &mut item.get,
            &mut item.post,
            &mut item.put,
            &mut item.delete,
            &mut item.patch,
        ];
        for op in all.into_iter().flatten() {
            add_error(
                op,
                "503",
                "The database cannot be reached; try again shortly (`unavailable`).",
            );
        }
    }
}

fn add_error(op: &mut Operation, status: &str, description: &str) {
    add_response(op, status, description, None);
}

fn add_response(
    op: &mut Operation,
    status: &str,
    description: &str,
    header: Option<(&str, utoipa::openapi::Header)>,
) {
    if op.responses.responses.contains_key(status) {
        return;
    }
    let body = ContentBuilder::new()
        .schema(Some(RefOr::Ref(Ref::from_schema_name(ErrorBody::name()))))
        .build();
    let mut response = ResponseBuilder::new()
        .description(description)
        .content("application/json", body);
    if let Some((name, header)) = header {
        response = response.header(name, header);
    }
    op.responses
        .responses
        .insert(status.to_owned(), RefOr::T(response.build()));
}

/// The finished document, as served.
pub fn finish(mut doc: OpenApi) -> OpenApi {
    add_middleware_responses(&mut doc);
    doc
}

/// The document as JSON, rendered once.
#[derive(Clone)]
pub struct Document(Bytes);

impl Document {
    pub fn new(doc: &OpenApi) -> Self {
        // A tree of strings, maps and numbers: serialising it cannot fail.
        Self(Bytes::from(
            doc.to_json().expect("the OpenAPI document serialises"),
        ))
    }
}

/// This API's OpenAPI document.
#[utoipa::path(
    get,
    path = "/api/v1/openapi.json",
    operation_id = "get_openapi",
    tag = "meta",
    responses(
        (status = 200, description = "The OpenAPI 3.1 document of every /api/v1 endpoint.",
            content_type = "application/json", body = Object),
    )
)]
pub async fn serve(Extension(doc): Extension<Document>) -> Response {
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            ),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=3600"),
            ),
        ],
        doc.0,
    )
        .into_response()
}
