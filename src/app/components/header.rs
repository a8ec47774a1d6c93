use super::auth::use_auth;
use super::form::busy_while;
use crate::app::bookings::api::unread_notifications;
use crate::app::messages::api::unread_messages;
use crate::app::types::account::SessionUser;
use crate::tr;
use leptos::prelude::*;
use leptos_router::components::A;

/// The site header: the brand, and who is signed in with their menu.
#[component]
pub fn Header() -> impl IntoView {
    let auth = use_auth();
    // Created here, outside the Transition that shows it (see the listing page on why).
    let unread = Resource::new(
        move || (auth.sign_in.version().get(), auth.sign_out.version().get()),
        |_| unread_notifications(),
    );
    // Counted again on every navigation: opening a conversation reads it.
    let location = leptos_router::hooks::use_location();
    let unread_messages = Resource::new(
        move || {
            (
                auth.sign_in.version().get(),
                auth.sign_out.version().get(),
                location.pathname.get(),
            )
        },
        |_| unread_messages(),
    );
    view! {
        <header class="site-header">
            <a class="skip-link" href="#main">{tr!("nav-skip")}</a>
            <div class="container site-header__inner">
                <A href="/" attr:class="brand" attr:aria-label=tr!("nav-home")>
                    <svg class="brand__mark" viewBox="0 0 32 32" aria-hidden="true">
                        <path d="M16 3 3 14h4v14h7v-8h4v8h7V14h4z" fill="currentColor"/>
                    </svg>
                    <span class="brand__name">"haven"</span>
                </A>
                <nav class="site-nav" aria-label=tr!("nav-main")>
                    <A href="/search">{tr!("nav-explore")}</A>
                    <Transition fallback=|| ()>
                        {move || Suspend::new(async move {
                            match auth.user.await {
                                Ok(Some(user)) => {
                                    // Awaited here rather than in a Suspense of its own: a
                                    // nested one broke hydration of signed-in pages.
                                    let unread = unread.await.unwrap_or(0);
                                    let messages = unread_messages.await.unwrap_or(0);
                                    view! { <InboxLink unread=messages/><Bell unread/><UserMenu user/> }.into_any()
                                }
                                _ => view! {
                                    <a href="/signin" class="site-nav__link">{tr!("nav-sign-in")}</a>
                                    <a href="/signup" class="button button--small">{tr!("nav-sign-up")}</a>
                                }
                                .into_any(),
                            }
                        })}
                    </Transition>
                </nav>
            </div>
        </header>
    }
}

/// The notification bell, with the unread count.
#[component]
fn Bell(unread: i64) -> impl IntoView {
    let label = tr!("nav-notifications", unread = unread);
    view! {
        <a href="/notifications" class="bell" aria-label=label>
            <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
                <path d="M12 22a2.5 2.5 0 0 0 2.5-2.5h-5A2.5 2.5 0 0 0 12 22zm7-6V11a7 7 0 0 0-5.5-6.8V3a1.5 1.5 0 0 0-3 0v1.2A7 7 0 0 0 5 11v5l-2 2v1h18v-1z" fill="currentColor"/>
            </svg>
            {(unread > 0).then(|| view! { <span class="bell__count" data-unread=unread>{unread}</span> })}
        </a>
    }
}

/// The inbox, with how many conversations have unread messages.
#[component]
fn InboxLink(unread: i64) -> impl IntoView {
    let label = tr!("nav-inbox-unread", unread = unread);
    view! {
        <a href="/inbox" class="bell bell--inbox" aria-label=label>
            <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
                <path d="M3 5h18a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1zm1 2.2V17h16V7.2l-8 5.3zM5.2 7 12 11.5 18.8 7z" fill="currentColor"/>
            </svg>
            {(unread > 0).then(|| view! { <span class="bell__count" data-unread-messages=unread>{unread}</span> })}
        </a>
    }
}

/// A disclosure menu (`<details>`), so it opens without JavaScript too.
#[component]
fn UserMenu(user: SessionUser) -> impl IntoView {
    let auth = use_auth();
    let initial = user.display_name.chars().next().unwrap_or('?').to_string();
    view! {
        <details class="user-menu">
            <summary aria-label=tr!("nav-account-menu", name = user.display_name.clone())>
                {match user.avatar_url.clone() {
                    Some(src) => view! {
                        <img class="user-menu__avatar" src=src alt="" width="32" height="32"/>
                    }
                    .into_any(),
                    None => view! { <span class="user-menu__avatar" aria-hidden="true">{initial}</span> }.into_any(),
                }}
                <span class="user-menu__name">{user.display_name.clone()}</span>
            </summary>
            <ul class="user-menu__list">
                <li><a href="/account">{tr!("nav-account")}</a></li>
                <li><a href="/trips">{tr!("nav-trips")}</a></li>
                <li><a href="/wishlists">{tr!("nav-wishlists")}</a></li>
                <li><a href="/inbox">{tr!("nav-inbox")}</a></li>
                <li><a href="/notifications">{tr!("nav-notifications-link")}</a></li>
                <li><a href="/host">{tr!("nav-dashboard")}</a></li>
                <li><a href="/host/listings">{tr!("nav-listings")}</a></li>
                <li><a href="/host/reservations">{tr!("nav-reservations")}</a></li>
                <li>
                    <ActionForm action=auth.sign_out>
                        <button type="submit" {..busy_while(auth.sign_out.pending())} class="user-menu__button">{tr!("nav-sign-out")}</button>
                    </ActionForm>
                </li>
            </ul>
        </details>
    }
}
