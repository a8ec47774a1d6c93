use crate::app::i18n::{CurrencyPicker, LanguagePicker};
use crate::tr;
use leptos::prelude::*;

#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <div class="container site-footer__inner">
                <p>{tr!("footer-about")}</p>
                <p class="muted">{tr!("footer-prices")}</p>
                <LanguagePicker/>
                <CurrencyPicker/>
            </div>
        </footer>
    }
}
