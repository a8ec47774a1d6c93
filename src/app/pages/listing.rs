use crate::app::api::get_listing;
use crate::app::components::{ErrorView, Gallery, NotFound};
use crate::app::types::ListingDetail;
use crate::app::types::catalog::{amenity_label, property_type_label};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;

/// `/listings/{id}`: one listing in full. Rendered in `SsrMode::Async`, so the title, the
/// description meta tag and the HTTP status (404 for an unknown id) are in the first bytes.
#[component]
pub fn ListingPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| {
        params
            .read()
            .get("id")
            .and_then(|id| id.parse::<i64>().ok())
    });
    let listing = Resource::new(
        move || id.get(),
        |id| async move {
            match id {
                Some(id) => get_listing(id).await.map(Some),
                None => Ok(None),
            }
        },
    );

    view! {
        <Suspense fallback=|| view! { <div class="container page-loading" aria-busy="true">"Loading…"</div> }>
            {move || Suspend::new(async move {
                match listing.await {
                    Ok(Some(detail)) => view! { <ListingView detail/> }.into_any(),
                    Ok(None) => view! { <NotFound/> }.into_any(),
                    Err(error) => view! { <ErrorView error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn ListingView(detail: ListingDetail) -> impl IntoView {
    let kind = property_type_label(&detail.property_type);
    let place = match &detail.location.state {
        Some(state) => format!(
            "{}, {}, {}",
            detail.location.city, state, detail.location.country
        ),
        None => format!("{}, {}", detail.location.city, detail.location.country),
    };
    let summary = detail.capacity.summary();
    let description_meta: String = detail.description.chars().take(160).collect();
    let amenities: Vec<&'static str> = detail
        .amenities
        .iter()
        .filter_map(|a| amenity_label(a))
        .collect();
    let host = detail.host;
    let initial = host.display_name.chars().next().unwrap_or('H').to_string();
    let host_listings = match host.listing_count {
        1 => "1 listing".to_string(),
        n => format!("{n} listings"),
    };
    let paragraphs: Vec<String> = detail
        .description
        .split("\n\n")
        .map(str::to_owned)
        .collect();

    view! {
        <Title text=detail.title.clone()/>
        <Meta name="description" content=description_meta/>
        <article class="container listing">
            <header class="listing__header">
                <h1 class="listing__title">{detail.title.clone()}</h1>
                <p class="listing__place">{place}</p>
            </header>
            <Gallery photos=detail.photos title=detail.title/>
            <div class="listing__columns">
                <div class="listing__main">
                    <section class="listing__section">
                        <h2>{format!("{kind} hosted by {}", host.display_name)}</h2>
                        <p class="listing__summary">{summary}</p>
                    </section>
                    <section class="listing__section" aria-labelledby="about-heading">
                        <h2 id="about-heading">"About this place"</h2>
                        {paragraphs.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
                    </section>
                    <section class="listing__section" aria-labelledby="amenities-heading">
                        <h2 id="amenities-heading">"What this place offers"</h2>
                        <ul class="amenities">
                            {amenities.into_iter().map(|a| view! { <li>{a}</li> }).collect_view()}
                        </ul>
                    </section>
                    <section class="listing__section host-card" aria-labelledby="host-heading">
                        <div class="host-card__avatar" aria-hidden="true">{initial}</div>
                        <div>
                            <h2 id="host-heading">{format!("Meet your host, {}", host.display_name)}</h2>
                            <p class="muted">{format!("Hosting on Haven since {} · {host_listings}", host.joined_year)}</p>
                            {host.about.map(|about| view! { <p>{about}</p> })}
                        </div>
                    </section>
                </div>
                <aside class="listing__aside">
                    <div class="price-card" aria-label="Price">
                        <p class="price-card__nightly">
                            <strong>{detail.price_per_night.display()}</strong>
                            " night"
                        </p>
                        <dl class="price-card__fees">
                            <div>
                                <dt>"Cleaning fee"</dt>
                                <dd>{detail.cleaning_fee.display()}</dd>
                            </div>
                            <div>
                                <dt>"Guests"</dt>
                                <dd>{format!("up to {}", detail.capacity.max_guests)}</dd>
                            </div>
                        </dl>
                    </div>
                </aside>
            </div>
        </article>
    }
}
