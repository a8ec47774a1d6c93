//! A text box that suggests places as the person types (the ARIA 1.2 combobox pattern:
//! arrow keys move through the list, Enter chooses, Escape closes). Choosing fills the
//! box with the place's full label and a hidden field with its id. Without JavaScript it
//! is a plain text box, and the server reads the text back (`places::search::resolve`).

use super::api::place_suggestions;
use crate::app::types::places::PlaceSuggestion;
use crate::tr;
use leptos::prelude::*;

#[component]
pub fn PlaceInput(
    /// The text box's id (its label's `for`).
    id: &'static str,
    /// The text's field name.
    name: &'static str,
    /// The chosen place's id's field name (a hidden field); `None` to send the text only.
    #[prop(optional_no_strip)]
    id_name: Option<&'static str>,
    /// What the box starts with.
    initial: String,
    /// The chosen place's id it starts with.
    #[prop(optional)]
    initial_id: String,
    /// Towns only (else regions and countries too).
    #[prop(optional)]
    towns_only: bool,
    #[prop(into, optional)] invalid: Signal<bool>,
    #[prop(into, optional)] described_by: Signal<Option<String>>,
    #[prop(optional, into)] placeholder: Option<String>,
    /// A `<datalist>` the box offers until the suggestions take over (without JavaScript).
    #[prop(optional)]
    list: Option<&'static str>,
    /// The most it takes.
    #[prop(default = 200)]
    maxlength: u32,
    /// The box's `type` (`text`, or `search` for a search box).
    #[prop(default = "text")]
    kind: &'static str,
) -> impl IntoView {
    let text = RwSignal::new(initial.clone());
    let chosen = RwSignal::new(initial_id.clone());
    let found = RwSignal::new(Vec::<PlaceSuggestion>::new());
    let open = RwSignal::new(false);
    let active = RwSignal::new(None::<usize>);
    let hydrated = RwSignal::new(false);
    Effect::new(move |_| hydrated.set(true));
    let list_id = format!("{id}-suggestions");
    let option_id = move |i: usize| format!("{id}-option-{i}");

    let choose = move |i: usize| {
        if let Some(p) = found.with_untracked(|f| f.get(i).cloned()) {
            text.set(p.label.clone());
            chosen.set(p.id.map(|id| id.to_string()).unwrap_or_default());
        }
        open.set(false);
        active.set(None);
    };
    let on_input = move |ev| {
        let q = event_target_value(&ev);
        text.set(q.clone());
        chosen.set(String::new());
        if q.trim().is_empty() {
            found.set(Vec::new());
            open.set(false);
            return;
        }
        leptos::task::spawn_local(async move {
            let Ok(list) = place_suggestions(q.clone(), towns_only).await else {
                return;
            };
            // Only the answer for what is in the box now.
            if text.get_untracked() == q {
                open.set(!list.is_empty());
                found.set(list);
                active.set(None);
            }
        });
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let count = found.with_untracked(Vec::len);
        match ev.key().as_str() {
            "ArrowDown" if count > 0 => {
                ev.prevent_default();
                open.set(true);
                active.update(|a| *a = Some(a.map_or(0, |i| (i + 1) % count)));
            }
            "ArrowUp" if count > 0 => {
                ev.prevent_default();
                open.set(true);
                active.update(|a| *a = Some(a.map_or(count - 1, |i| (i + count - 1) % count)));
            }
            "Enter" if open.get_untracked() => {
                if let Some(i) = active.get_untracked() {
                    ev.prevent_default();
                    choose(i);
                }
            }
            "Escape" if open.get_untracked() => {
                ev.prevent_default();
                open.set(false);
                active.set(None);
            }
            _ => {}
        }
    };

    view! {
        <div class="place-input">
            <input id=id name=name type=kind autocomplete="off" spellcheck="false" maxlength=maxlength
                list=move || list.filter(|_| !hydrated.get())
                placeholder=placeholder.filter(|p| !p.is_empty())
                value=initial prop:value=move || text.get()
                role=move || hydrated.get().then_some("combobox")
                aria-autocomplete=move || hydrated.get().then_some("list")
                aria-expanded=move || hydrated.get().then(|| open.get().to_string())
                aria-controls=move || hydrated.get().then(|| list_id.clone())
                aria-activedescendant=move || active.get().filter(|_| open.get()).map(option_id)
                aria-invalid=move || invalid.get().then_some("true")
                aria-describedby=move || described_by.get()
                on:input=on_input on:keydown=on_key
                on:blur=move |_| open.set(false)/>
            {id_name.map(|n| view! { <input type="hidden" name=n value=move || chosen.get()/> })}
            <ul class="place-input__list" id=format!("{id}-suggestions") role="listbox"
                aria-label=tr!("places-suggestions") hidden=move || !open.get()>
                <For each=move || found.get().into_iter().enumerate() key=|(i, p)| (*i, p.label.clone()) let((i, p))>
                    <li id=option_id(i) role="option" class="place-input__option"
                        aria-selected=move || (active.get() == Some(i)).to_string()
                        on:mousedown=move |ev| { ev.prevent_default(); choose(i); }>
                        <span class="place-input__name">{p.name.clone()}</span>
                        <span class="place-input__where">{where_of(&p)}</span>
                    </li>
                </For>
            </ul>
        </div>
    }
}

/// The region and country, or what kind of place it is.
fn where_of(p: &PlaceSuggestion) -> String {
    use crate::app::types::places::PlaceKind;
    match p.kind {
        PlaceKind::Place => [p.region.as_deref(), Some(p.country.as_str())]
            .into_iter()
            .flatten()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", "),
        PlaceKind::Region => tr!("places-region-in", country = p.country.clone()),
        PlaceKind::Country => tr!("places-country"),
    }
}
