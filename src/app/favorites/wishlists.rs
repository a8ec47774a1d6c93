use crate::app::components::{CardGridSkeleton, ErrorView, ListingCardView, use_auth};
use crate::app::favorites::DEFAULT_LIST;
use crate::app::favorites::api::my_favorites;
use crate::app::types::AppError;
use crate::app::types::favorites::Favorites;
use crate::tr;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Redirect;

/// `/wishlists`: everything the guest saved, list by list, at today's prices.
#[component]
pub fn WishlistsPage() -> impl IntoView {
    let auth = use_auth();
    let favorites = Resource::new(
        move || auth.toggle_favorite.version().get(),
        |_| my_favorites(),
    );
    view! {
        <Title text=tr!("favorites-title")/>
        <Suspense fallback=|| view! { <div class="container section"><CardGridSkeleton cards=4/></div> }>
            {move || Suspend::new(async move {
                match favorites.await {
                    Ok(f) => view! { <Lists favorites=f/> }.into_any(),
                    Err(AppError::Unauthorized) => view! { <Redirect path="/signin?next=/wishlists"/> }.into_any(),
                    Err(error) => view! { <ErrorView error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Lists(favorites: Favorites) -> impl IntoView {
    let empty = favorites.items.is_empty();
    view! {
        <section class="container section">
            <h1>{tr!("favorites-title")}</h1>
            {empty.then(|| view! {
                <p class="empty">{tr!("favorites-empty")}</p>
            })}
            {favorites.lists.into_iter().map(|list| {
                let items: Vec<_> = favorites.items.iter().filter(|i| i.list == list).cloned().collect();
                // The default list's name is the app's; the others are the guest's own.
                let name = if list == DEFAULT_LIST { tr!("favorites-default-list") } else { list };
                (!items.is_empty()).then(|| view! {
                    <h2 class="section__title">{name.clone()}</h2>
                    <ul class="card-grid" aria-label=name>
                        {items.into_iter().map(|f| view! {
                            <li class:card--unavailable=!f.available>
                                <ListingCardView card=f.listing/>
                                {(!f.available).then(|| view! { <p class="muted">{tr!("favorites-unavailable")}</p> })}
                            </li>
                        }).collect_view()}
                    </ul>
                })
            }).collect_view()}
        </section>
    }
}
