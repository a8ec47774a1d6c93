use crate::app::types::AppError;
use crate::tr;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

/// Sets the HTTP status of the server-rendered response. A no-op in the browser.
pub fn set_status(status: u16) {
    #[cfg(feature = "ssr")]
    if let (Some(response), Ok(code)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        http::StatusCode::from_u16(status),
    ) {
        response.set_status(code);
    }
    #[cfg(not(feature = "ssr"))]
    let _ = status;
}

/// The page for anything that does not exist, served with HTTP 404.
#[component]
pub fn NotFound() -> impl IntoView {
    set_status(404);
    view! {
        <Title text=tr!("not-found-title")/>
        <section class="container error-page">
            <p class="error-page__code">"404"</p>
            <h1>{tr!("not-found-heading")}</h1>
            <p>{tr!("not-found-text")}</p>
            <A href="/" attr:class="button">{tr!("not-found-explore")}</A>
        </section>
    }
}

/// Shows an error from a server function, with the matching HTTP status during SSR.
#[component]
pub fn ErrorView(error: AppError) -> impl IntoView {
    if matches!(error, AppError::NotFound(_)) {
        return view! { <NotFound/> }.into_any();
    }
    set_status(error.status());
    view! {
        <Title text=tr!("failed-title")/>
        <section class="container error-page" role="alert">
            <p class="error-page__code">{error.status()}</p>
            <h1>{tr!("failed-title")}</h1>
            <p>{error.to_string()}</p>
            <A href="/" attr:class="button">{tr!("failed-home")}</A>
        </section>
    }
    .into_any()
}
