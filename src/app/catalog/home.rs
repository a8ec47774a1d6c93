use crate::app::assistant::api::picked_for_you;
use crate::app::catalog::api::featured_listings;
use crate::app::components::{CardGridSkeleton, ErrorView, ListingCardView};
use crate::tr;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// How many listings the home page features.
const FEATURED: u32 = 12;

/// The home page: a welcome and the newest listings.
#[component]
pub fn HomePage() -> impl IntoView {
    let featured = Resource::new(|| (), |_| featured_listings(FEATURED));
    // For a signed-in guest: homes from what they saved, booked and searched.
    let picks = Resource::new(|| (), |_| picked_for_you());

    view! {
        <Title text=""/>
        <Meta name="description" content=tr!("catalog-home-description")/>
        <section class="hero">
            <div class="container hero__inner">
                <h1 class="hero__title">{tr!("catalog-home-title")}</h1>
                <p class="hero__lead">{tr!("catalog-home-lead")}</p>
                <form class="hero-search" method="get" action="/search" role="search">
                    <label for="hero-q">{tr!("catalog-home-search-label")}</label>
                    <input id="hero-q" name="q" type="search" maxlength="300" placeholder=tr!("catalog-home-search-placeholder") autocomplete="off"/>
                    <button type="submit" class="button">{tr!("catalog-search-button")}</button>
                </form>
            </div>
        </section>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let Ok(Some(p)) = picks.await else { return ().into_any() };
                view! {
                    <section class="container section" aria-labelledby="picks-heading">
                        <h2 id="picks-heading" class="section__title">{tr!("catalog-home-picks")}</h2>
                        <p class="muted">{p.reason}</p>
                        <ul class="card-grid" aria-label=tr!("catalog-home-picks")>
                            {p.items
                                .into_iter()
                                .enumerate()
                                .map(|(i, card)| view! { <li><ListingCardView card position=i + FEATURED as usize/></li> })
                                .collect_view()}
                        </ul>
                    </section>
                }
                .into_any()
            })}
        </Suspense>
        <section class="container section" aria-labelledby="featured-heading">
            <h2 id="featured-heading" class="section__title">{tr!("catalog-home-featured")}</h2>
            <Suspense fallback=|| view! { <CardGridSkeleton/> }>
                {move || Suspend::new(async move {
                    match featured.await {
                        Ok(cards) if cards.is_empty() => {
                            view! { <p class="empty">{tr!("catalog-home-empty")}</p> }.into_any()
                        }
                        Ok(cards) => {
                            view! {
                                <ul class="card-grid" aria-label=tr!("catalog-home-featured")>
                                    {cards
                                        .into_iter()
                                        .enumerate()
                                        .map(|(position, card)| view! { <li><ListingCardView card position/></li> })
                                        .collect_view()}
                                </ul>
                            }
                            .into_any()
                        }
                        Err(error) => view! { <ErrorView error/> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}
