//! Toasts: short messages about what just happened ("Request accepted"), shown for a few
//! seconds at the bottom of the window, in one polite live region that screen readers
//! announce. Without JavaScript, pages say the same in their own status lines after the
//! form's redirect.

use super::UpdatePrompt;
use crate::tr;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos::server_fn::error::FromServerFnError;
use std::time::Duration;

/// How long a toast stays.
const SHOWN_FOR: Duration = Duration::from_secs(6);

/// The page's toasts: provided once by the app, shown by [`Toaster`].
#[derive(Clone, Copy)]
pub struct Toasts {
    items: RwSignal<Vec<(u64, String)>>,
    next: StoredValue<u64>,
}

impl Toasts {
    /// Makes the toasts available to everything rendered after this.
    pub fn provide() {
        provide_context(Self {
            items: RwSignal::new(Vec::new()),
            next: StoredValue::new(0),
        });
    }

    /// Shows `message` for a few seconds.
    pub fn show(self, message: impl Into<String>) {
        let id = self.next.get_value();
        self.next.set_value(id + 1);
        self.items.update(|items| items.push((id, message.into())));
        set_timeout(
            move || self.items.update(|items| items.retain(|(i, _)| *i != id)),
            SHOWN_FOR,
        );
    }
}

/// The toasts of the page, if the app provided them.
pub fn use_toasts() -> Option<Toasts> {
    use_context::<Toasts>()
}

/// Shows `message(input)` as a toast each time `action` succeeds, where `input` is what
/// was sent (the action forgets it once the answer is in, so it is kept on dispatch).
pub fn toast_on_success<S>(action: ServerAction<S>, message: fn(&S) -> Option<String>)
where
    S: ServerFn + Clone + Send + Sync + 'static,
    S::Output: Clone + Send + Sync + 'static,
    S::Error: FromServerFnError + Clone + Send + Sync + 'static,
{
    let Some(toasts) = use_toasts() else {
        return;
    };
    let sent = StoredValue::new(None::<S>);
    Effect::new(move |_| {
        if let Some(input) = action.input().get() {
            sent.set_value(Some(input));
        }
    });
    Effect::new(move |_| {
        if let Some(Ok(_)) = action.value().get()
            && let Some(text) = sent.with_value(|s| s.as_ref().and_then(message))
        {
            toasts.show(text);
        }
    });
}

/// What a booking change says when it is done (hosts' and guests' pages alike).
pub fn booking_changed(change: &crate::app::bookings::api::ChangeBooking) -> Option<String> {
    match change.action.as_str() {
        "accept" => Some(tr!("toast-request-accepted")),
        "decline" => Some(tr!("toast-request-declined")),
        "cancel" => Some(tr!("toast-booking-cancelled")),
        _ => None,
    }
}

/// The live region, with the "new version" offer and the toasts; once, in the app.
#[component]
pub fn Toaster() -> impl IntoView {
    let items = use_toasts().map(|t| t.items);
    view! {
        // A live region without the `status` role: a page's own status line stays the only one.
        <div class="toasts" aria-live="polite">
            <UpdatePrompt/>
            <For each=move || items.map(|i| i.get()).unwrap_or_default() key=|(id, _)| *id let:item>
                <p class="toast">{item.1}</p>
            </For>
        </div>
    }
}
