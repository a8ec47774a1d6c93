use super::auth::use_auth;
use crate::tr;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// The heart that saves a listing to the wishlist. A form, so it works without JavaScript;
/// a signed-out visitor is sent to sign in and the save happens afterwards. The saved ids
/// are awaited inside a `Transition`, so the server renders the right state and a toggle
/// keeps the old heart until the new state is known.
#[component]
pub fn Heart(listing_id: i64, title: String) -> impl IntoView {
    let auth = use_auth();
    let title = StoredValue::new(title);
    view! {
        <Transition fallback=move || view! { <HeartForm listing_id title=title.get_value() saved=false/> }>
            {move || Suspend::new(async move {
                let saved = auth.saved.await.is_ok_and(|ids| ids.contains(&listing_id));
                view! { <HeartForm listing_id title=title.get_value() saved/> }
            })}
        </Transition>
    }
}

#[component]
fn HeartForm(listing_id: i64, title: String, saved: bool) -> impl IntoView {
    let auth = use_auth();
    let location = use_location();
    let back = move || {
        let search = location.search.get();
        if search.is_empty() {
            location.pathname.get()
        } else {
            format!("{}?{search}", location.pathname.get())
        }
    };
    // Optimistic: while the change is on its way the heart already shows it (and takes no
    // second press); the server's answer then decides, and an error shows the old state.
    let toggle = auth.toggle_favorite;
    let sending = move || {
        toggle.input().with(|i| {
            i.as_ref()
                .filter(|i| i.listing_id == listing_id)
                .map(|i| i.save)
        })
    };
    let shown = move || sending().unwrap_or(saved);
    let label = move || {
        if shown() {
            tr!("heart-remove", title = title.clone())
        } else {
            tr!("heart-save", title = title.clone())
        }
    };
    view! {
        <ActionForm action=auth.toggle_favorite attr:class="heart-form">
            <input type="hidden" name="listing_id" value=listing_id/>
            <input type="hidden" name="save" value=(!saved).to_string()/>
            <input type="hidden" name="back" value=back/>
            <button
                type="submit"
                class="heart"
                class:heart--saved=shown
                aria-pressed=move || shown().to_string()
                aria-label=label
                disabled=move || sending().is_some()
            >
                <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
                    <path d="M12 21s-7.5-4.6-9.6-9.1C.9 8.6 3 5 6.6 5c2.1 0 3.6 1.2 5.4 3.2C13.8 6.2 15.3 5 17.4 5 21 5 23.1 8.6 21.6 11.9 19.5 16.4 12 21 12 21z"/>
                </svg>
            </button>
        </ActionForm>
    }
}
