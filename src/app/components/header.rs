use super::auth::use_auth;
use crate::app::types::account::SessionUser;
use leptos::prelude::*;
use leptos_router::components::A;

/// The site header: the brand, and who is signed in with their menu.
#[component]
pub fn Header() -> impl IntoView {
    let auth = use_auth();
    view! {
        <header class="site-header">
            <a class="skip-link" href="#main">"Skip to content"</a>
            <div class="container site-header__inner">
                <A href="/" attr:class="brand" attr:aria-label="Haven home">
                    <svg class="brand__mark" viewBox="0 0 32 32" aria-hidden="true">
                        <path d="M16 3 3 14h4v14h7v-8h4v8h7V14h4z" fill="currentColor"/>
                    </svg>
                    <span class="brand__name">"haven"</span>
                </A>
                <nav class="site-nav" aria-label="Main">
                    <A href="/search">"Explore"</A>
                    <Transition fallback=|| ()>
                        {move || Suspend::new(async move {
                            match auth.user.await {
                                Ok(Some(user)) => view! { <UserMenu user/> }.into_any(),
                                _ => view! {
                                    <a href="/signin" class="site-nav__link">"Sign in"</a>
                                    <a href="/signup" class="button button--small">"Sign up"</a>
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

/// A disclosure menu (`<details>`), so it opens without JavaScript too.
#[component]
fn UserMenu(user: SessionUser) -> impl IntoView {
    let auth = use_auth();
    let initial = user.display_name.chars().next().unwrap_or('?').to_string();
    view! {
        <details class="user-menu">
            <summary aria-label=format!("Account menu for {}", user.display_name)>
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
                <li><a href="/account">"Your account"</a></li>
                <li><a href="/wishlists">"Wishlists"</a></li>
                <li><a href="/host/listings">"Your listings"</a></li>
                <li>
                    <ActionForm action=auth.sign_out>
                        <button type="submit" class="user-menu__button">"Sign out"</button>
                    </ActionForm>
                </li>
            </ul>
        </details>
    }
}
