//! The account page's "Search history": what it is for, the switch, and the button that
//! clears it. Both forms work without JavaScript.

use super::api::{ClearSearchHistory, SetSearchHistory, search_history_status};
use crate::app::components::busy_while;
use crate::tr;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn SearchHistorySection() -> impl IntoView {
    let set = ServerAction::<SetSearchHistory>::new();
    let clear = ServerAction::<ClearSearchHistory>::new();
    let status = Resource::new(
        move || (set.version().get(), clear.version().get()),
        |_| search_history_status(),
    );
    let query = use_query_map();
    let note = move || match query.read().get_str("history") {
        Some("saved") => Some(tr!("assistant-history-saved")),
        Some("cleared") => Some(tr!("assistant-history-cleared")),
        _ => None,
    };
    view! {
        <h2 id="search-history">{tr!("assistant-history-heading")}</h2>
        <p>{tr!("assistant-history-about", kept = 50)}</p>
        {move || note().map(|n| view! { <p class="form-notice" role="status">{n}</p> })}
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let Ok(s) = status.await else { return ().into_any() };
                let count = tr!("assistant-history-count", count = s.count);
                view! {
                    <ActionForm action=set attr:class="form account__form">
                        <div class="check">
                            <input type="checkbox" id="keep-searches" name="keep" value="on" checked=s.keep/>
                            <label for="keep-searches">{tr!("assistant-history-keep")}</label>
                        </div>
                        <button type="submit" class="button button--quiet" {..busy_while(set.pending())}>{tr!("assistant-history-save")}</button>
                    </ActionForm>
                    <p class="muted" data-searches=s.count>{count}</p>
                    <ActionForm action=clear>
                        <button type="submit" class="button button--quiet" {..busy_while(clear.pending())}
                            disabled=s.count == 0>{tr!("assistant-history-clear")}</button>
                    </ActionForm>
                }
                .into_any()
            })}
        </Suspense>
    }
}
