//! `/listings/{id}`: one listing in full, with its stay quote, reserve form and calendar.

mod calendar;
mod stay;

use crate::app::assistant::api::{listing_activities, similar_stays};
use crate::app::assistant::{SimilarStays, ThingsToDo};
use crate::app::catalog::api::{get_quote, listing_availability, view_listing};
use crate::app::components::map::PlaceMap;
use crate::app::components::{
    ErrorView, Gallery, HOST_BADGE, Heart, NotFound, RatingSummary, RowsSkeleton,
};
use crate::app::messages::api::host_response;
use crate::app::reviews::ListingReviews;
use crate::app::reviews::api::get_listing_reviews;
use crate::app::types::activities::ActivityList;
use crate::app::types::assistant::SimilarStay;
use crate::app::types::catalog::{amenity_label, cancellation_policy_summary, property_type_label};
use crate::app::types::message::ResponseStats;
use crate::app::types::review::ReviewPage;
use crate::app::types::search::SearchParams;
use crate::app::types::stay::{Availability, Quote};
use crate::app::types::{AppError, HostSummary, HouseRules, ListingDetail, Location};
use calendar::CalendarSection;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};
use stay::StayQuote;

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
                Some(id) => view_listing(id).await.map(Some),
                None => Ok(None),
            }
        },
    );
    // Every resource of the page is created here, outside the Suspense that reads it: a
    // resource created inside a Suspense's children can leave server rendering waiting
    // forever (leptos-rs/leptos#4866), and these load in parallel with the listing.
    let query = use_query_map();
    let stay = Memo::new(move |_| {
        let map = query.read();
        SearchParams::from_lookup(|k| map.get(k))
    });
    let quote = Resource::new(
        move || (id.get(), stay.get()),
        |(id, stay)| async move {
            match id {
                Some(id) if stay.check_in.is_some() || stay.check_out.is_some() => {
                    get_quote(id, stay).await.map(Some)
                }
                _ => Ok(None),
            }
        },
    );
    let availability = Resource::new(
        move || id.get(),
        |id| async move {
            match id {
                Some(id) => listing_availability(id).await.map(Some),
                None => Ok(None),
            }
        },
    );
    let reviews_page = Memo::new(move |_| {
        query
            .read()
            .get("reviews_page")
            .and_then(|p| p.parse::<i64>().ok())
            .filter(|p| (1..=10_000).contains(p))
            .unwrap_or(1)
    });
    let reviews = Resource::new(
        move || (id.get(), reviews_page.get()),
        |(id, page)| async move {
            match id {
                Some(id) => get_listing_reviews(id, page).await.map(Some),
                None => Ok(None),
            }
        },
    );
    let response = Resource::new(
        move || id.get(),
        |id| async move {
            match id {
                Some(id) => host_response(id).await.ok(),
                None => None,
            }
        },
    );
    let similar = Resource::new(
        move || (id.get(), stay.get()),
        |(id, stay)| async move {
            match id {
                Some(id) => similar_stays(id, stay).await,
                None => Ok(Vec::new()),
            }
        },
    );
    let things = Resource::new(
        move || id.get(),
        |id| async move {
            match id {
                Some(id) => listing_activities(id).await.ok(),
                None => None,
            }
        },
    );
    let stay = StayState { stay, quote };

    view! {
        <Suspense fallback=|| view! { <RowsSkeleton/> }>
            {move || Suspend::new(async move {
                match listing.await {
                    Ok(Some(detail)) => view! { <ListingView detail stay availability reviews response similar things/> }.into_any(),
                    Ok(None) => view! { <NotFound/> }.into_any(),
                    Err(error) => view! { <ErrorView error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

type Loaded<T> = Resource<Result<Option<T>, AppError>>;

/// The stay in the URL and the server's price for it.
#[derive(Clone, Copy)]
struct StayState {
    stay: Memo<SearchParams>,
    quote: Loaded<Quote>,
}

#[component]
fn ListingView(
    detail: ListingDetail,
    stay: StayState,
    availability: Loaded<Availability>,
    reviews: Loaded<ReviewPage>,
    response: Resource<Option<ResponseStats>>,
    similar: Resource<Result<Vec<SimilarStay>, AppError>>,
    things: Resource<Option<ActivityList>>,
) -> impl IntoView {
    let stay_params = stay.stay;
    // Dates and party travel on to a similar stay's page, for its quote.
    let carry = Signal::derive(move || {
        let p = stay_params.get();
        SearchParams {
            check_in: p.check_in,
            check_out: p.check_out,
            adults: p.adults,
            children: p.children,
            infants: p.infants,
            pets: p.pets,
            ..SearchParams::default()
        }
        .to_query(None)
    });
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
    let rating_line = view! {
        <p class="listing__rating">
            <a href="#reviews"><RatingSummary rating=detail.rating count=detail.review_count/></a>
            {host.badge.then(|| view! { " "<span class="badge badge--host">{HOST_BADGE}</span> })}
        </p>
    }
    .into_any();
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
                <div class="listing__subline">
                    {rating_line}
                    <p class="listing__place">{place.clone()}</p>
                    <Heart listing_id=detail.id title=detail.title.clone()/>
                </div>
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
                    <ListingReviews listing_id=detail.id reviews/>
                    <HouseRulesSection rules=detail.house_rules.clone() policy=detail.booking.cancellation_policy.clone()/>
                    <CalendarSection availability stay=stay.stay listing_id=detail.id/>
                    <WhereSection location=detail.location.clone() place=place.clone()/>
                    <ThingsToDo list=things/>
                    <HostCard host listing_id=detail.id response/>
                    <SimilarStays stays=similar query=carry/>
                </div>
                <aside class="listing__aside">
                    <div class="price-card" role="group" aria-label="Price">
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
                            <div>
                                <dt>"Minimum stay"</dt>
                                <dd>{match detail.booking.min_nights { 1 => "1 night".to_string(), n => format!("{n} nights") }}</dd>
                            </div>
                        </dl>
                        {detail.booking.instant_book.then(|| view! { <p class="price-card__instant">"Instant book: no need to wait for the host."</p> })}
                        <StayQuote state=stay path=format!("/listings/{}", detail.id) listing_id=detail.id instant=detail.booking.instant_book/>
                    </div>
                </aside>
            </div>
        </article>
    }
}

/// "Meet your host": who they are, since when, how many homes, and the badge.
#[component]
fn HostCard(
    host: HostSummary,
    listing_id: i64,
    response: Resource<Option<ResponseStats>>,
) -> impl IntoView {
    let initial = host.display_name.chars().next().unwrap_or('H').to_string();
    let host_listings = match host.listing_count {
        1 => "1 listing".to_string(),
        n => format!("{n} listings"),
    };
    view! {
            <section class="listing__section host-card" aria-labelledby="host-heading">
                <div class="host-card__avatar" aria-hidden="true">{initial}</div>
                <div>
                    <h2 id="host-heading">{format!("Meet your host, {}", host.display_name)}</h2>
                    <p class="muted">{format!("Hosting on Haven since {} · {host_listings}", host.joined_year)}</p>
                    {host.badge.then(|| view! { <p><span class="badge badge--host">{HOST_BADGE}</span>" Experienced, highly rated and responsive."</p> })}
                    {host.about.map(|about| view! { <p>{about}</p> })}
                    <Suspense fallback=|| ()>
                        {move || Suspend::new(async move {
                            response.await.and_then(|s| s.sentence()).map(|text| view! {
                                <p class="host-card__response" data-response-rate="">{text}</p>
                            })
                        })}
                    </Suspense>
                    <p>
                        <a class="button button--quiet" href=format!("/listings/{listing_id}/contact")>
                            "Contact host"
                        </a>
                    </p>
                </div>
            </section>
    }
    .into_any()
}

/// "Where you'll be": the neighbourhood on a small map (with JavaScript).
#[component]
fn WhereSection(location: Location, place: String) -> impl IntoView {
    view! {
        <section class="listing__section" aria-labelledby="where-heading">
            <h2 id="where-heading">"Where you’ll be"</h2>
            <PlaceMap
                lat=location.coordinates.latitude()
                lng=location.coordinates.longitude()
                label=format!("Map of the area around {}", location.city)
            />
            <p class="muted">{format!("In {place}. The map shades the neighbourhood, not the exact address.")}</p>
        </section>
    }
    // Keeps the page's view type shallow enough for the compiler.
    .into_any()
}

#[component]
pub(crate) fn HouseRulesSection(rules: HouseRules, policy: String) -> impl IntoView {
    let yes_no =
        |allowed: bool, yes: &'static str, no: &'static str| if allowed { yes } else { no };
    let (policy_name, policy_text) = cancellation_policy_summary(&policy);
    view! {
        <section class="listing__section" aria-labelledby="rules-heading">
            <h2 id="rules-heading">"House rules"</h2>
            <ul class="rules">
                <li>{format!("Check in after {}", rules.check_in_after)}</li>
                <li>{format!("Check out before {}", rules.check_out_before)}</li>
                <li>{yes_no(rules.pets_allowed, "Pets allowed", "No pets")}</li>
                <li>{yes_no(rules.smoking_allowed, "Smoking allowed", "No smoking")}</li>
                <li>{yes_no(rules.events_allowed, "Events allowed", "No parties or events")}</li>
                <li>{match rules.max_infants { 0 => "No infants".to_string(), 1 => "Room for 1 infant".to_string(), n => format!("Room for {n} infants") }}</li>
            </ul>
            {(!rules.notes.is_empty()).then(|| view! { <p>{rules.notes}</p> })}
            <h3>{format!("Cancellation policy: {policy_name}")}</h3>
            <p>{policy_text}</p>
        </section>
    }
}
