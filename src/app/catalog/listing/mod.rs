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
use crate::app::i18n;
use crate::app::messages::api::host_response;
use crate::app::reviews::ListingReviews;
use crate::app::reviews::api::get_listing_reviews;
use crate::app::types::activities::ActivityList;
use crate::app::types::assistant::SimilarStay;
use crate::app::types::catalog::{amenity_name, cancellation_policy_summary, property_type_name};
use crate::app::types::message::ResponseStats;
use crate::app::types::review::ReviewPage;
use crate::app::types::search::SearchParams;
use crate::app::types::stay::{Availability, Quote};
use crate::app::types::{AppError, HostSummary, HouseRules, ListingDetail, Location};
use crate::tr;
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
    let kind = property_type_name(&detail.property_type);
    let place = match &detail.location.state {
        Some(state) => tr!(
            "catalog-listing-place-state",
            city = detail.location.city.clone(),
            state = state.clone(),
            country = detail.location.country.clone()
        ),
        None => tr!(
            "catalog-listing-place",
            city = detail.location.city.clone(),
            country = detail.location.country.clone()
        ),
    };
    let summary = detail.capacity.summary();
    let description_meta: String = detail.description.chars().take(160).collect();
    let amenities: Vec<String> = detail
        .amenities
        .iter()
        .filter_map(|a| amenity_name(a))
        .collect();
    let nightly = i18n::price(detail.price_per_night);
    let (before_price, after_price) = around(
        &tr!("catalog-listing-price-night", price = nightly.clone()),
        &nightly,
    );
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
                        <h2>{tr!("catalog-listing-hosted-by", kind = kind, host = host.display_name.clone())}</h2>
                        <p class="listing__summary">{summary}</p>
                    </section>
                    <section class="listing__section" aria-labelledby="about-heading">
                        <h2 id="about-heading">{tr!("catalog-listing-about")}</h2>
                        {paragraphs.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
                    </section>
                    <section class="listing__section" aria-labelledby="amenities-heading">
                        <h2 id="amenities-heading">{tr!("catalog-listing-amenities")}</h2>
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
                    <div class="price-card" role="group" aria-label=tr!("catalog-listing-price")>
                        <p class="price-card__nightly">
                            {before_price}<strong>{nightly}</strong>{after_price}
                        </p>
                        <dl class="price-card__fees">
                            <div>
                                <dt>{tr!("catalog-listing-cleaning-fee")}</dt>
                                <dd>{i18n::price(detail.cleaning_fee)}</dd>
                            </div>
                            <div>
                                <dt>{tr!("catalog-listing-guests")}</dt>
                                <dd>{tr!("catalog-listing-up-to", count = detail.capacity.max_guests)}</dd>
                            </div>
                            <div>
                                <dt>{tr!("catalog-listing-min-stay")}</dt>
                                <dd>{tr!("catalog-nights", count = detail.booking.min_nights)}</dd>
                            </div>
                        </dl>
                        {detail.booking.instant_book.then(|| view! { <p class="price-card__instant">{tr!("catalog-listing-instant")}</p> })}
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
    // The year as written, not as an amount ("2021", never "2,021").
    let since = tr!(
        "catalog-host-since",
        year = host.joined_year.to_string(),
        count = host.listing_count
    );
    view! {
            <section class="listing__section host-card" aria-labelledby="host-heading">
                <div class="host-card__avatar" aria-hidden="true">{initial}</div>
                <div>
                    <h2 id="host-heading">{tr!("catalog-host-heading", name = host.display_name.clone())}</h2>
                    <p class="muted">{since}</p>
                    {host.badge.then(|| view! { <p><span class="badge badge--host">{HOST_BADGE}</span>" "{tr!("catalog-host-badge")}</p> })}
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
                            {tr!("catalog-host-contact")}
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
            <h2 id="where-heading">{tr!("catalog-where-heading")}</h2>
            <PlaceMap
                lat=location.coordinates.latitude()
                lng=location.coordinates.longitude()
                label=tr!("catalog-where-map", city = location.city.clone())
            />
            <p class="muted">{tr!("catalog-where-note", place = place)}</p>
        </section>
    }
    // Keeps the page's view type shallow enough for the compiler.
    .into_any()
}

#[component]
pub(crate) fn HouseRulesSection(rules: HouseRules, policy: String) -> impl IntoView {
    let (policy_name, policy_text) = cancellation_policy_summary(&policy);
    let yes_no = |allowed: bool, yes: &'static str, no: &'static str| {
        i18n::message(if allowed { yes } else { no })
    };
    view! {
        <section class="listing__section" aria-labelledby="rules-heading">
            <h2 id="rules-heading">{tr!("catalog-rules-heading")}</h2>
            <ul class="rules">
                <li>{tr!("catalog-rules-check-in", time = time_of_day(&rules.check_in_after))}</li>
                <li>{tr!("catalog-rules-check-out", time = time_of_day(&rules.check_out_before))}</li>
                <li data-time-zone=rules.time_zone.clone()>{tr!("catalog-rules-time-zone", zone = zone_name(&rules.time_zone))}</li>
                <li>{yes_no(rules.pets_allowed, "catalog-rules-pets", "catalog-rules-no-pets")}</li>
                <li>{yes_no(rules.smoking_allowed, "catalog-rules-smoking", "catalog-rules-no-smoking")}</li>
                <li>{yes_no(rules.events_allowed, "catalog-rules-events", "catalog-rules-no-events")}</li>
                <li>{tr!("catalog-rules-infants", count = rules.max_infants)}</li>
            </ul>
            {(!rules.notes.is_empty()).then(|| view! { <p>{rules.notes}</p> })}
            <h3>{tr!("catalog-rules-policy", policy = policy_name)}</h3>
            <p>{policy_text}</p>
        </section>
    }
}

/// A local time as the listing stores it ("15:00"), as the reader's language writes it;
/// as given when it is not one.
fn time_of_day(hh_mm: &str) -> String {
    let parsed = hh_mm
        .split_once(':')
        .and_then(|(h, m)| Some((h.trim().parse::<u8>().ok()?, m.trim().parse::<u8>().ok()?)))
        .filter(|(h, m)| *h < 24 && *m < 60);
    match parsed {
        Some((h, m)) => i18n::format::time_of_day(i18n::locale(), h, m),
        None => hh_mm.to_owned(),
    }
}

/// An IANA zone as a person reads it: "Europe/Lisbon" → "Europe/Lisbon", "America/New_York"
/// → "America/New York".
pub(crate) fn zone_name(zone: &str) -> String {
    zone.replace('_', " ")
}

/// `text` split around the first `part` in it (an argument of its message), so the part
/// can be wrapped in markup: what comes before it and after it. All of `text` comes before
/// when it does not hold `part`.
pub(crate) fn around(text: &str, part: &str) -> (String, String) {
    match text.find(part) {
        Some(at) if !part.is_empty() => (text[..at].to_owned(), text[at + part.len()..].to_owned()),
        _ => (text.to_owned(), String::new()),
    }
}
