use crate::app::bookings::api::ReserveStay;
use crate::app::catalog::api::{get_listing, get_quote, listing_availability};
use crate::app::components::map::PlaceMap;
use crate::app::components::{
    ErrorView, FormAlert, FormError, Gallery, Heart, NotFound, RowsSkeleton, submission_error,
    use_auth,
};
use crate::app::types::catalog::{amenity_label, cancellation_policy_summary, property_type_label};
use crate::app::types::search::SearchParams;
use crate::app::types::stay::{Availability, Day, DayChoice, MONTH_NAMES, Quote, days_in_month};
use crate::app::types::{AppError, HouseRules, ListingDetail, Location};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::{Meta, Title};
use leptos_router::components::Form;
use leptos_router::hooks::{use_params_map, use_query_map};

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
    let stay = StayState { stay, quote };

    view! {
        <Suspense fallback=|| view! { <RowsSkeleton/> }>
            {move || Suspend::new(async move {
                match listing.await {
                    Ok(Some(detail)) => view! { <ListingView detail stay availability/> }.into_any(),
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
) -> impl IntoView {
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
                <div class="listing__subline">
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
                    <HouseRulesSection rules=detail.house_rules.clone() policy=detail.booking.cancellation_policy.clone()/>
                    <CalendarSection availability stay=stay.stay listing_id=detail.id/>
                    <WhereSection location=detail.location.clone() place=place.clone()/>
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

/// Dates and guests, and the server's price for them. A GET form on this page: the stay
/// lives in the URL, so the quote works without JavaScript and can be shared.
#[component]
fn StayQuote(state: StayState, path: String, listing_id: i64, instant: bool) -> impl IntoView {
    let StayState { stay, quote } = state;
    let auth = use_auth();
    let reserve = ServerAction::<ReserveStay>::new();
    let reserve_error = submission_error(
        move || reserve.value().get().and_then(Result::err),
        ReserveStay::PATH,
    );
    let value =
        move |f: fn(&SearchParams) -> Option<String>| move || f(&stay.read()).unwrap_or_default();
    view! {
        <Form method="GET" action=path attr:class="stay-form" attr:aria-label="Your stay">
            <div class="stay-form__dates">
                <div class="field">
                    <label for="stay-check-in">"Check in"</label>
                    <input id="stay-check-in" name="check_in" type="date" value=value(|s| s.check_in.clone())/>
                </div>
                <div class="field">
                    <label for="stay-check-out">"Check out"</label>
                    <input id="stay-check-out" name="check_out" type="date" value=value(|s| s.check_out.clone())/>
                </div>
                <div class="field">
                    <label for="stay-adults">"Adults"</label>
                    <input id="stay-adults" name="adults" type="number" min="1" max="50" value=move || stay.read().adults.clone().unwrap_or_else(|| "1".into())/>
                </div>
                <div class="field">
                    <label for="stay-children">"Children"</label>
                    <input id="stay-children" name="children" type="number" min="0" max="50" value=value(|s| s.children.clone())/>
                </div>
            </div>
            <button type="submit" class="button button--wide">"Check price"</button>
        </Form>
        <Suspense fallback=|| view! { <p class="muted" aria-busy="true">"Working out the price…"</p> }>
            {move || Suspend::new(async move {
                let quoted = quote.await;
                let signed_in = matches!(auth.user.await, Ok(Some(_)));
                match quoted {
                    Ok(None) => view! { <p class="muted">"Choose dates to see the total."</p> }.into_any(),
                    Ok(Some(q)) => view! {
                        <QuoteView quote=q/>
                        <Reserve stay=stay.get_untracked() listing_id instant signed_in action=reserve error=reserve_error/>
                    }.into_any(),
                    Err(AppError::Form { errors, .. }) => view! {
                        <p class="form-alert" role="alert">{errors.into_iter().next().map(|e| e.message)}</p>
                    }.into_any(),
                    Err(e @ (AppError::Conflict(_) | AppError::Unprocessable(_) | AppError::NotFound(_))) => view! {
                        <p class="form-alert" role="alert">{e.to_string()}</p>
                    }.into_any(),
                    Err(error) => view! { <ErrorView error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// "Reserve" (instant book) or "Request to book" for the quoted stay: a plain form, so it
/// works without JavaScript; the server prices and books it again from scratch.
#[component]
fn Reserve(
    stay: SearchParams,
    listing_id: i64,
    instant: bool,
    signed_in: bool,
    action: ServerAction<ReserveStay>,
    error: FormError,
) -> impl IntoView {
    let hidden = |name: &'static str, value: Option<String>| {
        value.map(|v| view! { <input type="hidden" name=name value=v/> })
    };
    let here = format!(
        "/listings/{listing_id}?check_in={}&check_out={}",
        stay.check_in.clone().unwrap_or_default(),
        stay.check_out.clone().unwrap_or_default()
    );
    let sign_in = format!("/signin?next={}", crate::app::types::search::encode(&here));
    view! {
        <ActionForm action attr:class="reserve-form" attr:aria-label="Book this stay">
            <input type="hidden" name="listing_id" value=listing_id.to_string()/>
            <input type="hidden" name="attempt" value=attempt_key()/>
            {hidden("check_in", stay.check_in.clone())}
            {hidden("check_out", stay.check_out.clone())}
            {hidden("adults", stay.adults.clone())}
            {hidden("children", stay.children.clone())}
            {hidden("infants", stay.infants.clone())}
            {hidden("pets", stay.pets.clone())}
            <div class="field">
                <label for="reserve-requests">"Message to the host (optional)"</label>
                <textarea id="reserve-requests" name="special_requests" rows="2" maxlength="2000"></textarea>
            </div>
            <FormAlert error/>
            {(!signed_in).then(|| view! {
                <p class="muted"><a href=sign_in>"Sign in"</a>" to book."</p>
            })}
            <button type="submit" class="button button--wide" disabled=move || action.pending().get()>
                {if instant { "Reserve" } else { "Request to book" }}
            </button>
            <p class="muted reserve-form__note">
                {if instant {
                    "Booked at once. You are charged when you reserve."
                } else {
                    "The host answers within 24 hours. You are charged only if they accept."
                }}
            </p>
        </ActionForm>
    }
}

/// A fresh idempotency key for one booking attempt: a retried submission of the same form
/// books once.
fn attempt_key() -> String {
    #[cfg(feature = "ssr")]
    {
        uuid::Uuid::new_v4().to_string()
    }
    #[cfg(not(feature = "ssr"))]
    {
        let part = || (js_sys::Math::random() * 4_294_967_296.0) as u64;
        format!("{:08x}{:08x}{:08x}{:08x}", part(), part(), part(), part())
    }
}

#[component]
fn QuoteView(quote: Quote) -> impl IntoView {
    // Nights at differing prices are listed one by one; otherwise "n × price".
    let same_price = quote.nightly.windows(2).all(|w| w[0].price == w[1].price);
    let first = quote
        .nightly
        .first()
        .map(|n| n.price.display())
        .unwrap_or_default();
    view! {
        <section class="quote" aria-label="Price for your stay">
            <dl class="quote__lines">
                {quote.lines.into_iter().enumerate().map(|(i, line)| {
                    let label = if i == 0 && same_price {
                        format!("{first} × {}", line.label)
                    } else {
                        line.label
                    };
                    view! { <div><dt>{label}</dt><dd>{line.amount.display()}</dd></div> }
                }).collect_view()}
                <div class="quote__total"><dt>"Total"</dt><dd>{quote.total.display()}</dd></div>
            </dl>
            {(!same_price).then(|| view! {
                <details class="quote__nights">
                    <summary>"Price per night"</summary>
                    <ul>
                        {quote.nightly.into_iter().map(|n| view! { <li><span>{n.date}</span><span>{n.price.display()}</span></li> }).collect_view()}
                    </ul>
                </details>
            })}
        </section>
    }
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

/// Twelve months of free and taken nights; two shown, the rest behind "more". The days are
/// also the date-range picker: links that choose check-in, then check-out (so it works
/// without JavaScript; with it, the router follows them in place and the quote updates).
#[component]
fn CalendarSection(
    availability: Loaded<Availability>,
    stay: Memo<SearchParams>,
    listing_id: i64,
) -> impl IntoView {
    view! {
        <section class="listing__section" aria-labelledby="calendar-heading">
            <h2 id="calendar-heading">"Availability"</h2>
            <Suspense fallback=|| view! { <p class="muted" aria-busy="true">"Loading the calendar…"</p> }>
                {move || Suspend::new(async move {
                    match availability.await {
                        Ok(Some(a)) => view! { <Months availability=a chosen=stay listing_id/> }.into_any(),
                        Ok(None) | Err(_) => view! { <p class="muted">"The calendar is not available right now."</p> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

/// The months; each day's link follows the stay chosen so far (`chosen`, from the URL), so
/// choosing a day updates them in place.
#[component]
fn Months(
    availability: Availability,
    chosen: Memo<SearchParams>,
    listing_id: i64,
) -> impl IntoView {
    let Some(start) = Day::parse(&availability.from) else {
        return ().into_any();
    };
    let stay_rule = match (availability.min_nights, availability.max_nights) {
        (1, max) => format!("Stays of up to {max} nights."),
        (min, max) => format!("Stays of {min} to {max} nights."),
    };
    let availability = std::sync::Arc::new(availability);
    let month = |n: u32| {
        let first = start.month_start_plus(n);
        let a = availability.clone();
        view! { <Month first availability=a chosen listing_id/> }
    };
    let hint = move || {
        let c = chosen.read();
        match (&c.check_in, &c.check_out) {
            (Some(_), None) => "Now choose your check-out day.",
            _ => "Choose a day to check in.",
        }
    };
    view! {
        <p class="muted">{stay_rule}" Struck-through nights are taken. "{hint}</p>
        <div class="calendar">{month(0)}{month(1)}</div>
        <details class="calendar__more">
            <summary>"Show the next ten months"</summary>
            <div class="calendar">{(2..12).map(month).collect_view()}</div>
        </details>
    }
    .into_any()
}

/// The listing's URL with `chosen`'s party and the given dates.
fn stay_href(
    listing_id: i64,
    chosen: &SearchParams,
    check_in: &str,
    check_out: Option<&str>,
) -> String {
    let mut href = format!("/listings/{listing_id}?check_in={check_in}");
    if let Some(co) = check_out {
        href.push_str(&format!("&check_out={co}"));
    }
    for (key, value) in [
        ("adults", &chosen.adults),
        ("children", &chosen.children),
        ("infants", &chosen.infants),
        ("pets", &chosen.pets),
    ] {
        if let Some(v) = value {
            href.push_str(&format!("&{key}={}", crate::app::types::search::encode(v)));
        }
    }
    // Back to the calendar, where the choice was made.
    href.push_str("#calendar-heading");
    href
}

#[component]
fn Month(
    first: Day,
    availability: std::sync::Arc<Availability>,
    chosen: Memo<SearchParams>,
    listing_id: i64,
) -> impl IntoView {
    let days = days_in_month(first.year, first.month);
    let name = format!("{} {}", MONTH_NAMES[(first.month - 1) as usize], first.year);
    let offset = first.weekday();
    let cells: Vec<Option<Day>> = (0..offset)
        .map(|_| None)
        .chain((1..=days).map(|day| Some(Day { day, ..first })))
        .collect();
    let weeks: Vec<Vec<Option<Day>>> = cells.chunks(7).map(<[_]>::to_vec).collect();
    view! {
        <table class="month">
            <caption>{name.clone()}</caption>
            <thead>
                <tr>{["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"].map(|d| view! { <th scope="col">{d}</th> })}</tr>
            </thead>
            <tbody>
                {weeks.into_iter().map(|week| view! {
                    <tr>
                        {week.into_iter().map(|cell| match cell {
                            None => view! { <td></td> }.into_any(),
                            Some(day) => {
                                let iso = day.iso();
                                let past = iso < availability.from;
                                let free = availability.is_free(&iso);
                                let state = if past { "past" } else if free { "available" } else { "unavailable" };
                                let label = format!("{} {}, {state}", MONTH_NAMES[(day.month - 1) as usize], day.day);
                                if past {
                                    let class = format!("month__day month__day--{state}");
                                    return view! { <td class=class aria-label=label>{day.day}</td> }.into_any();
                                }
                                let a = availability.clone();
                                // What choosing this day does, given the stay chosen so far.
                                let pick = Memo::new(move |_| {
                                    let c = chosen.read();
                                    match a.choice(&day, c.check_in.as_deref(), c.check_out.as_deref()) {
                                        DayChoice::CheckIn(d) => Some((stay_href(listing_id, &c, &d, None), format!("Arrive on {d}"))),
                                        DayChoice::CheckOut(ci, co) => Some((stay_href(listing_id, &c, &ci, Some(&co)), format!("Leave on {co}"))),
                                        DayChoice::None => None,
                                    }
                                });
                                let iso2 = iso.clone();
                                // A night of the stay chosen so far (or its check-in day).
                                let selected = Memo::new(move |_| {
                                    let c = chosen.read();
                                    match (c.check_in.as_deref(), c.check_out.as_deref()) {
                                        (Some(a), Some(b)) => iso2.as_str() >= a && iso2.as_str() < b,
                                        (Some(a), None) => iso2 == a,
                                        _ => false,
                                    }
                                });
                                let class = move || {
                                    format!("month__day month__day--{state}{}", if selected.get() { " month__day--chosen" } else { "" })
                                };
                                // Without an href the anchor is no link: a day that cannot be chosen.
                                // The chosen days say so in words too, not only in colour.
                                view! {
                                    <td class=class aria-label=label>
                                        <a
                                            class="month__pick"
                                            href=move || pick.get().map(|(h, _)| h)
                                            aria-label=move || pick.get().map(|(_, t)| if selected.get() { format!("{t}, selected") } else { t })
                                        >{day.day}</a>
                                    </td>
                                }.into_any()
                            }
                        }).collect_view()}
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}
