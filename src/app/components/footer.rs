use leptos::prelude::*;

#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <div class="container site-footer__inner">
                <p>"© Haven · an open-source vacation-rental marketplace"</p>
                <p class="muted">"Prices are per night, before cleaning and service fees."</p>
            </div>
        </footer>
    }
}
