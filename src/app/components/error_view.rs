use crate::app::types::AppError;
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
        <Title text="Page not found"/>
        <section class="container error-page">
            <p class="error-page__code">"404"</p>
            <h1>"We can’t find that page"</h1>
            <p>"The page may have moved, or the listing is no longer available."</p>
            <A href="/" attr:class="button">"Explore stays"</A>
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
        <Title text="Something went wrong"/>
        <section class="container error-page" role="alert">
            <p class="error-page__code">{error.status()}</p>
            <h1>"Something went wrong"</h1>
            <p>{error.to_string()}</p>
            <A href="/" attr:class="button">"Back to home"</A>
        </section>
    }
    .into_any()
}
