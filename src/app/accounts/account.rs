use crate::app::accounts::api::{ChangePassword, SavePreferences, SaveProfile, my_account};
use crate::app::accounts::email::EmailSection;
use crate::app::accounts::recovery::VerifyBanner;
use crate::app::accounts::recovery_api::ChangeEmail;
use crate::app::assistant::SearchHistorySection;
use crate::app::components::{
    Choice, ErrorView, Field, FormAlert, RowsSkeleton, busy_while, submission_error, use_auth,
};
use crate::app::types::AppError;
use crate::app::types::account::{Me, PASSWORD_MIN, PhotoProblem, Preferences};
use crate::tr;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::components::Redirect;
use leptos_router::hooks::use_query_map;

/// `/account`: the signed-in person's account and profile form. Signed-out visitors are
/// sent to sign in and brought back here afterwards.
#[component]
pub fn AccountPage() -> impl IntoView {
    let auth = use_auth();
    let change_email = ServerAction::<ChangeEmail>::new();
    let account = Resource::new(
        move || {
            (
                auth.save_profile.version().get(),
                change_email.version().get(),
            )
        },
        |_| my_account(),
    );
    view! {
        <Title text=tr!("account-title")/>
        <Suspense fallback=|| view! { <RowsSkeleton/> }>
            {move || Suspend::new(async move {
                match account.await {
                    Ok(me) => view! { <AccountView me change_email/> }.into_any(),
                    Err(AppError::Unauthorized) => {
                        view! { <Redirect path="/signin?next=/account"/> }.into_any()
                    }
                    Err(error) => view! { <ErrorView error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn AccountView(me: Me, change_email: ServerAction<ChangeEmail>) -> impl IntoView {
    let auth = use_auth();
    let query = use_query_map();
    let error = submission_error(
        move || auth.save_profile.value().get().and_then(Result::err),
        SaveProfile::PATH,
    );
    let saved = move || {
        error.get().is_none()
            && (matches!(auth.save_profile.value().get(), Some(Ok(())))
                || query.read().get_str("saved") == Some("1"))
    };
    let photo =
        view! { <PhotoSection name=me.display_name.clone() url=me.profile.avatar_url.clone()/> };
    let preferences = view! { <PreferencesSection current=me.preferences.clone()/> };
    let hosting = if me.is_host {
        tr!("account-hosting-yes")
    } else {
        tr!("account-hosting-no")
    };
    view! {
        <section class="container account">
            <h1>{tr!("account-greeting", name = me.display_name.clone())}</h1>
            {(!me.email_verified).then(|| view! { <VerifyBanner email=me.email.clone()/> })}
            <Show when=move || query.read().get_str("verified") == Some("1")>
                <p class="form-notice" role="status">{tr!("account-verified")}</p>
            </Show>
            <dl class="account__details">
                <div><dt>{tr!("account-email-label")}</dt><dd>{me.email.clone()}</dd></div>
                <div><dt>{tr!("account-hosting-label")}</dt><dd>{hosting}</dd></div>
            </dl>
            <h2>{tr!("account-profile-heading")}</h2>
            <p class="form-notice" role="status" hidden=move || !saved()>{tr!("account-profile-saved")}</p>
            <FormAlert error/>
            <ActionForm action=auth.save_profile attr:class="form account__form" attr:novalidate=true>
                <Field label=tr!("account-name-label") name="display_name" autocomplete="name" initial=me.display_name error/>
                <Field label=tr!("account-about-label") name="about" multiline=true initial=me.profile.about.unwrap_or_default() error/>
                <Field label=tr!("account-city-label") name="city" autocomplete="address-level2" initial=me.profile.city.unwrap_or_default() error/>
                <Field label=tr!("account-country-label") name="country" autocomplete="country-name" initial=me.profile.country.unwrap_or_default() error/>
                <Field
                    label=tr!("account-languages-label")
                    name="languages"
                    hint=tr!("account-languages-hint")
                    initial=me.profile.languages.join(", ")
                    error
                />
                <button type="submit" {..busy_while(auth.save_profile.pending())} class="button">{tr!("account-profile-save")}</button>
            </ActionForm>
            {photo}
            {preferences}
            <SearchHistorySection/>
            <EmailSection email=me.email.clone() pending=me.pending_email.clone() change=change_email/>
            <PasswordSection/>
        </section>
    }
}

/// The profile photo: a plain multipart form (the upload is a page navigation, with or
/// without JavaScript); the server answers with a redirect back here that says how it went.
#[component]
fn PhotoSection(name: String, url: Option<String>) -> impl IntoView {
    let query = use_query_map();
    let saved = move || query.read().get_str("photo") == Some("saved");
    let problem = move || {
        query
            .read()
            .get_str("photo_error")
            .and_then(PhotoProblem::from_code)
            .map(PhotoProblem::message)
    };
    let has_photo = url.is_some();
    let picture = match url {
        Some(src) => view! {
            <img class="avatar avatar--large" src=src alt=tr!("account-photo-alt", name = name.clone()) width="96" height="96"/>
        }
        .into_any(),
        None => view! {
            <span class="avatar avatar--large avatar--empty" aria-hidden="true">
                {name.chars().next().map(|c| c.to_uppercase().to_string()).unwrap_or_default()}
            </span>
        }
        .into_any(),
    };
    view! {
        <h2 id="photo">{tr!("account-photo-heading")}</h2>
        <div class="account__photo">
            {picture}
            <div>
                <p class="form-notice" role="status" hidden=move || !saved()>{tr!("account-photo-saved")}</p>
                {move || problem().map(|m| view! { <p class="form-alert" role="alert">{m}</p> })}
                <form class="form" method="post" action="/account/photo" enctype="multipart/form-data">
                    <div class="field">
                        <label for="field-photo">{tr!("account-photo-choose")}</label>
                        <input id="field-photo" type="file" name="photo" accept="image/jpeg,image/png,image/webp"/>
                        <p class="field__hint">{tr!("account-photo-hint")}</p>
                    </div>
                    <button type="submit" class="button">{tr!("account-photo-upload")}</button>
                </form>
                {has_photo.then(|| view! {
                    <form method="post" action="/account/photo/remove">
                        <button type="submit" class="button button--quiet">{tr!("account-photo-remove")}</button>
                    </form>
                })}
            </div>
        </div>
    }
}

/// Currencies offered in the preferences form, with their names' messages.
const CURRENCIES: [(&str, &str); 3] = [
    ("USD", "account-currency-usd"),
    ("EUR", "account-currency-eur"),
    ("GBP", "account-currency-gbp"),
];

/// Language, currency, time zone and which e-mails to get.
#[component]
fn PreferencesSection(current: Preferences) -> impl IntoView {
    let save = ServerAction::<SavePreferences>::new();
    let query = use_query_map();
    let error = submission_error(
        move || save.value().get().and_then(Result::err),
        SavePreferences::PATH,
    );
    let saved = move || {
        error.get().is_none()
            && (matches!(save.value().get(), Some(Ok(())))
                || query.read().get_str("preferences") == Some("saved"))
    };
    // The shipped languages in their own names, and "none": the browser's language.
    let mut languages: Vec<(String, String)> = vec![(String::new(), tr!("account-language-auto"))];
    languages.extend(
        crate::app::i18n::Locale::ALL
            .iter()
            .map(|l| (l.tag().to_owned(), l.native_name().to_owned())),
    );
    let language = current.language.clone().unwrap_or_default();
    if !languages.iter().any(|(code, _)| *code == language) {
        languages.push((language.clone(), language.clone()));
    }
    let currencies: Vec<(String, String)> = CURRENCIES
        .iter()
        .map(|&(code, name)| (code.to_string(), crate::app::i18n::message(name)))
        .collect();
    // Prices converted into any currency with a rate, or each in its listing's own.
    let mut display: Vec<(String, String)> =
        vec![(String::new(), tr!("account-display-currency-own"))];
    display.extend(
        crate::app::types::Currency::ALL
            .iter()
            .map(|c| (c.code().to_owned(), c.code().to_owned())),
    );
    let display_currency = current.display_currency.clone().unwrap_or_default();
    let n = current.notifications;
    view! {
        <h2 id="preferences">{tr!("account-preferences-heading")}</h2>
        <p class="form-notice" role="status" hidden=move || !saved()>{tr!("account-preferences-saved")}</p>
        <FormAlert error/>
        <ActionForm action=save attr:class="form account__form" attr:novalidate=true>
            <Choice label=tr!("account-language-label") name="language" options=languages initial=language error/>
            <Choice label=tr!("account-display-currency-label") name="display_currency" options=display initial=display_currency error/>
            <Choice label=tr!("account-currency-label") name="currency" options=currencies initial=current.currency error/>
            <Field
                label=tr!("account-time-zone-label")
                name="time_zone"
                hint=tr!("account-time-zone-hint")
                initial=current.time_zone
                error
            />
            <fieldset class="field checks">
                <legend>{tr!("account-notifications-legend")}</legend>
                <label><input type="checkbox" name="booking_updates" value="on" checked=n.booking_updates/>" "{tr!("account-notify-bookings")}</label>
                <label><input type="checkbox" name="messages" value="on" checked=n.messages/>" "{tr!("account-notify-messages")}</label>
                <label><input type="checkbox" name="marketing" value="on" checked=n.marketing/>" "{tr!("account-notify-marketing")}</label>
            </fieldset>
            <button type="submit" {..busy_while(save.pending())} class="button">{tr!("account-preferences-save")}</button>
        </ActionForm>
    }
}

/// Change password: asks for the current one; every other session ends.
#[component]
fn PasswordSection() -> impl IntoView {
    let change = ServerAction::<ChangePassword>::new();
    let query = use_query_map();
    let error = submission_error(
        move || change.value().get().and_then(Result::err),
        ChangePassword::PATH,
    );
    let changed = move || {
        error.get().is_none()
            && (matches!(change.value().get(), Some(Ok(())))
                || query.read().get_str("password") == Some("changed"))
    };
    view! {
        <h2 id="password">{tr!("account-password-heading")}</h2>
        <p class="form-notice" role="status" hidden=move || !changed()>
            {tr!("account-password-changed")}
        </p>
        <FormAlert error/>
        <ActionForm action=change attr:class="form account__form" attr:novalidate=true>
            <Field label=tr!("account-current-password-label") name="current_password" kind="password" autocomplete="current-password" keep=false error/>
            <Field
                label=tr!("account-new-password-label")
                name="new_password"
                kind="password"
                autocomplete="new-password"
                hint=tr!("account-change-password-hint", min = PASSWORD_MIN)
                keep=false
                error
            />
            <button type="submit" {..busy_while(change.pending())} class="button">{tr!("account-password-heading")}</button>
        </ActionForm>
    }
}
