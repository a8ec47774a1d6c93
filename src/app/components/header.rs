use leptos::prelude::*;
use leptos_router::components::A;

/// The site header: the brand, and (once accounts exist) who is signed in.
#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="site-header">
            <a class="skip-link" href="#main">"Skip to content"</a>
            <div class="container site-header__inner">
                <A href="/" attr:class="brand" attr:aria-label="Haven home">
                    <svg class="brand__mark" viewBox="0 0 32 32" aria-hidden="true">
                        <path d="M16 3 3 14h4v14h7v-8h4v8h7V14h4z" fill="currentColor"/>
                    </svg>
                    <span class="brand__name">"haven"</span>
                </A>
                <nav class="site-nav" aria-label="Main">
                    <A href="/">"Explore"</A>
                </nav>
            </div>
        </header>
    }
}
