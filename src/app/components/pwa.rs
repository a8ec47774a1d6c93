//! The installable app in the page: the hydrated app registers the service worker
//! (`/sw.js`, which the server writes for the build it serves) and, when a newer build's
//! worker is installed and waiting, offers "A new version is available — Reload". The
//! reload hands control to the new worker first, so the new page never runs under the old
//! one, and the old one never serves the new page stale WASM.

use crate::tr;
use leptos::prelude::*;

/// The offer of a new version, inside the toasts' live region; nothing until there is one.
#[component]
pub fn UpdatePrompt() -> impl IntoView {
    let (offered, set_offered) = signal(false);
    let (reloading, set_reloading) = signal(false);
    // Effects run only in the browser, after hydration.
    Effect::new(move |_| {
        #[cfg(feature = "hydrate")]
        browser::register(move || set_offered.set(true));
        #[cfg(not(feature = "hydrate"))]
        let _ = set_offered;
    });
    let reload = move |_| {
        set_reloading.set(true);
        #[cfg(feature = "hydrate")]
        browser::take_the_update();
    };
    view! {
        <Show when=move || offered.get()>
                <div class="toast toast--update">
                    <span>{tr!("pwa-update")}</span>
                    <button
                        type="button"
                        class="button button--small"
                        on:click=reload
                        disabled=move || reloading.get()
                        aria-busy=move || reloading.get().to_string()
                    >
                        {move || if reloading.get() { tr!("pwa-reloading") } else { tr!("pwa-reload") }}
                    </button>
                </div>
        </Show>
    }
}

#[cfg(feature = "hydrate")]
mod browser {
    use std::cell::{Cell, RefCell};
    use std::rc::Rc;
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{
        ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
        VisibilityState,
    };

    /// How often an open page asks for a newer worker (besides whenever it is shown again).
    const UPDATE_CHECK_MS: i32 = 30 * 60 * 1000;

    thread_local! {
        /// The newer build's worker, installed and waiting for this page's go-ahead.
        static WAITING: RefCell<Option<ServiceWorker>> = const { RefCell::new(None) };
        /// Set when the person pressed "Reload": the next change of worker reloads the page.
        static RELOAD_ON_CHANGE: Cell<bool> = const { Cell::new(false) };
    }

    fn container() -> Option<ServiceWorkerContainer> {
        let navigator = web_sys::window()?.navigator();
        // Absent on insecure origins and in some embedded browsers.
        js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker"))
            .ok()
            .filter(|has| *has)?;
        Some(navigator.service_worker())
    }

    /// Registers `/sw.js` and calls `offer` whenever a newer build is ready to take over.
    pub fn register(offer: impl Fn() + 'static) {
        let Some(container) = container() else {
            return;
        };
        let offer: Rc<dyn Fn()> = Rc::new(offer);
        // A page no worker controlled (the first visit) only sees the first worker claim it.
        let had_controller = container.controller().is_some();

        // A new worker took control: reload if the person asked for it; otherwise another
        // tab did, and this page (still the old build) should offer the reload too.
        let on_change = {
            let offer = offer.clone();
            Closure::<dyn FnMut()>::new(move || {
                if RELOAD_ON_CHANGE.get() {
                    reload();
                } else if had_controller {
                    offer();
                }
            })
        };
        container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
        on_change.forget();

        let registering = container.register("/sw.js");
        wasm_bindgen_futures::spawn_local(async move {
            let registration = match JsFuture::from(registering).await {
                Ok(value) => value.unchecked_into::<ServiceWorkerRegistration>(),
                Err(error) => {
                    leptos::logging::warn!("service worker not registered: {error:?}");
                    return;
                }
            };
            watch(&container, &registration, offer);
        });
    }

    fn watch(
        container: &ServiceWorkerContainer,
        registration: &ServiceWorkerRegistration,
        offer: Rc<dyn Fn()>,
    ) {
        // Only an update waits behind a worker that controls this page; the first install
        // simply takes over.
        let waiting_update = {
            let container = container.clone();
            let offer = offer.clone();
            move |worker: ServiceWorker| {
                if container.controller().is_some() {
                    WAITING.set(Some(worker));
                    offer();
                }
            }
        };
        if let Some(worker) = registration.waiting() {
            waiting_update(worker);
        }
        let on_found = {
            let registration = registration.clone();
            Closure::<dyn FnMut()>::new(move || {
                let Some(worker) = registration.installing() else {
                    return;
                };
                let installing = worker.clone();
                let waiting_update = waiting_update.clone();
                let on_state = Closure::<dyn FnMut()>::new(move || {
                    if installing.state() == ServiceWorkerState::Installed {
                        waiting_update(installing.clone());
                    }
                });
                worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
                on_state.forget();
            })
        };
        registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        on_found.forget();

        // Look for a newer build every half hour and whenever the page is shown again.
        let check = {
            let registration = registration.clone();
            Closure::<dyn FnMut()>::new(move || {
                let visible = web_sys::window()
                    .and_then(|w| w.document())
                    .is_some_and(|d| d.visibility_state() == VisibilityState::Visible);
                if visible {
                    // A failed check (offline) is retried at the next one.
                    let _ = registration.update();
                }
            })
        };
        if let Some(window) = web_sys::window() {
            let _ = window.set_interval_with_callback_and_timeout_and_arguments_0(
                check.as_ref().unchecked_ref(),
                UPDATE_CHECK_MS,
            );
            if let Some(document) = window.document() {
                let _ = document.add_event_listener_with_callback(
                    "visibilitychange",
                    check.as_ref().unchecked_ref(),
                );
            }
        }
        check.forget();
    }

    /// "Reload": the waiting worker takes over, then the page reloads under it.
    pub fn take_the_update() {
        RELOAD_ON_CHANGE.set(true);
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"skip-waiting".into());
        match WAITING.take() {
            Some(worker) if worker.post_message(&message).is_ok() => {}
            // Another tab already switched workers: only this page is left to reload.
            _ => reload(),
        }
    }

    fn reload() {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    }
}
