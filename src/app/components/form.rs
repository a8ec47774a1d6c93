use crate::app::types::AppError;
use leptos::prelude::*;

/// The error of the last submission of a form, as a signal for its fields.
pub type FormError = Signal<Option<AppError>>;

/// For a form's submit button: disabled while its action runs, so a second press cannot
/// send it twice, and `aria-busy` (the stylesheet shows the wait). Without JavaScript the
/// browser's own page load shows it.
pub fn busy_while(pending: impl Into<Signal<bool>>) -> impl leptos::attr::Attribute {
    let pending = pending.into();
    view! { <{..} disabled=move || pending.get() aria-busy=move || pending.get().then_some("true")/> }
}

/// A labelled input with its inline error. `keep` re-fills what was typed after a failed
/// submission without JavaScript (the page is rendered anew); never used for passwords.
#[component]
pub fn Field(
    #[prop(into)] label: String,
    name: &'static str,
    #[prop(default = "text")] kind: &'static str,
    #[prop(default = "off")] autocomplete: &'static str,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(default = true)] keep: bool,
    #[prop(optional, into)] initial: Option<String>,
    /// A `<textarea>` instead of an `<input>`.
    #[prop(optional)]
    multiline: bool,
    /// The element id's tail when two forms on a page have a field of the same name
    /// (`field-{html_id}`; by default `field-{name}`).
    #[prop(optional)]
    html_id: Option<&'static str>,
    error: FormError,
) -> impl IntoView {
    let id = format!("field-{}", html_id.unwrap_or(name));
    let error_id = format!("{id}-error");
    let message = move || error.get().and_then(|e| e.field_error(name));
    let value = move || {
        let typed = keep
            .then(|| error.get().and_then(|e| e.typed(name)))
            .flatten();
        typed.or_else(|| initial.clone()).unwrap_or_default()
    };
    let described = error_id.clone();
    let invalid = move || message().map(|_| "true");
    let described_by = move || message().map(|_| described.clone());
    let control = if multiline {
        view! {
            <textarea id=id.clone() name=name rows="4" aria-invalid=invalid aria-describedby=described_by.clone()>
                {value.clone()}
            </textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                id=id.clone()
                name=name
                type=kind
                autocomplete=autocomplete
                value=value
                aria-invalid=invalid
                aria-describedby=described_by
            />
        }
        .into_any()
    };
    view! {
        <div class="field" class:field--invalid=move || message().is_some()>
            <label for=id>{label}</label>
            {control}
            {hint.map(|h| view! { <p class="field__hint">{h}</p> })}
            {move || message().map(|m| view! { <p class="field__error" id=error_id.clone()>{m}</p> })}
        </div>
    }
}

/// A labelled `<select>` with its inline error; after a failed submission without
/// JavaScript it keeps the choice that was sent.
#[component]
pub fn Choice(
    #[prop(into)] label: String,
    name: &'static str,
    options: Vec<(String, String)>,
    initial: String,
    error: FormError,
) -> impl IntoView {
    let id = format!("field-{name}");
    let error_id = format!("{id}-error");
    let message = move || error.get().and_then(|e| e.field_error(name));
    let chosen = Signal::derive(move || {
        error
            .get()
            .and_then(|e| e.typed(name))
            .unwrap_or_else(|| initial.clone())
    });
    let described = error_id.clone();
    view! {
        <div class="field" class:field--invalid=move || message().is_some()>
            <label for=id.clone()>{label}</label>
            <select
                id=id
                name=name
                aria-invalid=move || message().map(|_| "true")
                aria-describedby=move || message().map(|_| described.clone())
            >
                {options
                    .into_iter()
                    .map(|(value, text)| {
                        let selected = {
                            let value = value.clone();
                            move || chosen.get() == value
                        };
                        view! { <option value=value selected=selected>{text}</option> }
                    })
                    .collect_view()}
            </select>
            {move || message().map(|m| view! { <p class="field__error" id=error_id.clone()>{m}</p> })}
        </div>
    }
}

/// A form-level error (wrong credentials, the service unavailable), above the fields.
#[component]
pub fn FormAlert(error: FormError) -> impl IntoView {
    let message = move || {
        error.get().and_then(|e| match &e {
            AppError::Form { .. } => e.field_error("form"),
            other => Some(other.to_string()),
        })
    };
    view! {
        {move || message().map(|m| view! { <p class="form-alert" role="alert">{m}</p> })}
    }
}

/// The error of a form's last submission: from the action when it ran in the browser, or,
/// after a submission without JavaScript, from the URL the server redirected back to
/// (`?__path=<server fn>&__err=<encoded error>`).
pub fn submission_error(
    from_action: impl Fn() -> Option<AppError> + Send + Sync + 'static,
    server_fn_path: &'static str,
) -> FormError {
    use leptos::server_fn::error::ServerFnUrlError;
    let query = leptos_router::hooks::use_query_map();
    Signal::derive(move || {
        from_action().or_else(|| {
            let query = query.read();
            match (query.get_str("__path"), query.get_str("__err")) {
                (Some(path), Some(err)) if path == server_fn_path => {
                    Some(ServerFnUrlError::<AppError>::decode_err(err))
                }
                _ => None,
            }
        })
    })
}
