//! The guest's side of booking: "Trips" (`/trips`), one trip (`/trips/:id`, also what a host
//! sees of a booking) and the notifications (`/notifications`). Every form works without
//! JavaScript.

use crate::app::assistant::plan_api::trip_plan;
use crate::app::assistant::{PlanActions, TripPlan};
use crate::app::bookings::api::{
    ChangeBooking, ReadNotifications, booking_details, my_notifications, my_trips,
};
use crate::app::catalog::api::get_listing;
use crate::app::catalog::listing::HouseRulesSection;
use crate::app::components::{
    ErrorView, FormAlert, RowsSkeleton, booking_changed, busy_while, submission_error,
    toast_on_success,
};
use crate::app::i18n::{self, DateStyle, format::time_of_day};
use crate::app::messages::api::booking_conversation;
use crate::app::reviews::TripReviewsSection;
use crate::app::reviews::api::{RespondToReview, get_trip_reviews};
use crate::app::types::booking::{Booking, BookingStatus, NotificationFeed, Party, RefundPreview};
use crate::app::types::itinerary::Itinerary;
use crate::app::types::review::TripReviews;
use crate::app::types::{AppError, ListingDetail};
use crate::tr;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::components::Redirect;
use leptos_router::hooks::{use_params_map, use_query_map};

fn loading() -> impl IntoView {
    view! { <RowsSkeleton/> }
}

/// "Dec 1, 2026 to Dec 4, 2026 · 3 nights · 2 guests"
pub(crate) fn stay_line(b: &Booking) -> String {
    tr!(
        "booking-stay-line",
        check_in = i18n::date(&b.check_in, DateStyle::Date),
        check_out = i18n::date(&b.check_out, DateStyle::Date),
        nights = b.nights,
        guests = b.guest_count,
    )
}

/// An RFC 3339 time (in UTC, as the server writes them) in the reader's time zone, named:
/// "Nov 23, 2026, 2:05 PM (Europe/Lisbon)".
pub(crate) fn short_time(rfc3339: &str) -> String {
    i18n::moment(rfc3339)
}

/// A local time as a house rule gives it ("15:00"), as the reader's language writes times.
fn clock_time(hh_mm: &str) -> String {
    let part = |r: std::ops::Range<usize>| hh_mm.get(r).and_then(|n| n.parse::<u8>().ok());
    match (part(0..2), part(3..5)) {
        (Some(hour), Some(minute)) => time_of_day(i18n::locale(), hour, minute),
        _ => hh_mm.to_string(),
    }
}

/// A line of a booking's price as the reader's language says it. The lines are stored with
/// the booking in English ("3 nights", "Cleaning fee", ...); one this does not know is
/// shown as stored.
pub(crate) fn price_line_label(label: &str) -> String {
    match label {
        "1 night" => tr!("booking-line-nights", nights = 1),
        "Weekly discount" => tr!("booking-line-weekly-discount"),
        "Monthly discount" => tr!("booking-line-monthly-discount"),
        "Cleaning fee" => tr!("booking-line-cleaning"),
        "Haven service fee" => tr!("booking-line-service"),
        "Taxes" => tr!("booking-line-taxes"),
        other => match other
            .strip_suffix(" nights")
            .and_then(|n| n.parse::<i64>().ok())
        {
            Some(nights) => tr!("booking-line-nights", nights = nights),
            None => other.to_string(),
        },
    }
}

pub(crate) fn status_badge(status: BookingStatus) -> impl IntoView {
    let class = match status {
        BookingStatus::Confirmed | BookingStatus::Completed => "badge badge--ok",
        BookingStatus::Pending => "badge badge--wait",
        _ => "badge",
    };
    view! { <span class=class data-status=status.as_str()>{status.label()}</span> }
}

/// One booking in a list, linking to its page.
#[component]
pub(crate) fn BookingRow(
    booking: Booking,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let cover = booking.cover_url.clone().map(|url| {
        view! { <img src=url alt="" width="96" height="72" loading="lazy" class="host-list__cover"/> }
    });
    let who = match booking.viewer {
        Party::Host => tr!("booking-row-guest", name = booking.guest_name.as_str()),
        _ => tr!("booking-row-host", name = booking.host_name.as_str()),
    };
    view! {
        <li class="host-list__item trip" data-booking=booking.id>
            {cover}
            <div class="host-list__body">
                <h3 class="host-list__title">
                    <a href=format!("/trips/{}", booking.id)>{booking.listing_title.clone()}</a>
                </h3>
                <p class="muted">{format!("{} · {}", booking.listing_city, stay_line(&booking))}</p>
                <p class="muted">{format!("{who} · {}", i18n::money(booking.total_price))}</p>
                {status_badge(booking.status)}
            </div>
            {children.map(|c| view! { <div class="host-list__actions">{c()}</div> })}
        </li>
    }
}

/// `/trips`: the guest's bookings, by where they stand.
#[component]
pub fn TripsPage() -> impl IntoView {
    let trips = Resource::new(|| (), |_| my_trips());
    view! {
        <Title text=tr!("booking-trips-title")/>
        <section class="container section host">
            <h1>{tr!("booking-trips-title")}</h1>
            <Suspense fallback=loading>
                {move || Suspend::new(async move {
                    match trips.await {
                        Ok(list) if list.is_empty() => view! {
                            <p class="empty">{tr!("booking-trips-empty")}" "<a href="/search">{tr!("booking-trips-find")}</a>"."</p>
                        }.into_any(),
                        Ok(list) => view! { <TripGroups list/> }.into_any(),
                        Err(AppError::Unauthorized) => view! { <Redirect path="/signin?next=/trips"/> }.into_any(),
                        Err(error) => view! { <ErrorView error/> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn TripGroups(list: Vec<Booking>) -> impl IntoView {
    use BookingStatus::*;
    let groups: [(String, &[BookingStatus]); 4] = [
        (tr!("booking-trips-upcoming"), &[Confirmed]),
        (tr!("booking-trips-waiting"), &[Pending]),
        (tr!("booking-trips-past"), &[Completed]),
        (
            tr!("booking-trips-cancelled"),
            &[Cancelled, Declined, Expired],
        ),
    ];
    groups
        .into_iter()
        .map(|(title, statuses)| {
            let mut items: Vec<Booking> = list
                .iter()
                .filter(|b| statuses.contains(&b.status))
                .cloned()
                .collect();
            // Soonest first for what is to come.
            if statuses.contains(&Confirmed) || statuses.contains(&Pending) {
                items.reverse();
            }
            (!items.is_empty()).then(|| {
                let heading = title.clone();
                view! {
                    <h2 class="section__title">{heading}</h2>
                    <ul class="host-list" aria-label=title>
                        {items.into_iter().map(|b| view! { <BookingRow booking=b/> }).collect_view()}
                    </ul>
                }
            })
        })
        .collect_view()
}

/// `/trips/:id`: one booking with its price, host, rules and history; cancel (with the
/// refund shown first), or for the host, accept or decline.
#[component]
pub fn TripPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| {
        params
            .read()
            .get("id")
            .and_then(|s| s.parse::<i64>().ok())
            .filter(|id| *id > 0)
    });
    let change = ServerAction::<ChangeBooking>::new();
    toast_on_success(change, booking_changed);
    // The host's response to a review: the page reloads its reviews after it.
    let respond = ServerAction::<RespondToReview>::new();
    let plan_actions = PlanActions::new();
    let trip = Resource::new(
        move || {
            (
                id.get(),
                change.version().get(),
                respond.version().get(),
                plan_actions.version(),
            )
        },
        |(id, ..)| async move {
            let Some(id) = id else {
                return Err(AppError::NotFound("Booking".into()));
            };
            let (booking, preview) = booking_details(id).await?;
            // The listing for its house rules (it may have been deleted since).
            let listing = get_listing(booking.listing_id).await.ok();
            // Reviews matter once the stay is over, and to a host deciding on a request.
            let reviews = match (booking.status, booking.viewer) {
                (BookingStatus::Completed, _) | (BookingStatus::Pending, Party::Host) => {
                    Some(get_trip_reviews(id).await?)
                }
                _ => None,
            };
            let conversation = booking_conversation(id).await.ok().flatten();
            // The guest's plan of a stay that will happen. Two values, not an
            // `Option<Option<_>>`: JSON writes `Some(None)` and `None` alike, and the page
            // must hydrate as it was rendered.
            let can_plan = booking.viewer == Party::Guest
                && matches!(
                    booking.status,
                    BookingStatus::Pending | BookingStatus::Confirmed | BookingStatus::Completed
                );
            let plan = if can_plan {
                trip_plan(id).await.ok().flatten()
            } else {
                None
            };
            Ok((
                booking,
                preview,
                listing,
                reviews,
                conversation,
                (can_plan, plan),
            ))
        },
    );
    let error = submission_error(
        move || change.value().get().and_then(Result::err),
        ChangeBooking::PATH,
    );
    let query = use_query_map();
    let booked = move || query.read().get_str("booked") == Some("1");
    view! {
        <Title text=tr!("booking-trip-title")/>
        <section class="container section trip-page">
            <Suspense fallback=loading>
                {move || Suspend::new(async move {
                    match trip.await {
                        Ok((booking, preview, listing, reviews, conversation, plan)) => view! {
                            <p class="form-notice" role="status" hidden=move || !booked()>
                                {if booking.status == BookingStatus::Pending { tr!("booking-trip-requested") } else { tr!("booking-trip-booked") }}
                            </p>
                            <FormAlert error/>
                            <TripView booking preview listing reviews conversation change respond plan plan_actions/>
                        }.into_any(),
                        Err(AppError::Unauthorized) => {
                            let next = id.get_untracked().map(|i| format!("/signin?next=/trips/{i}")).unwrap_or_else(|| "/signin".into());
                            view! { <Redirect path=next/> }.into_any()
                        }
                        Err(error) => view! { <ErrorView error/> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn TripView(
    booking: Booking,
    preview: Option<RefundPreview>,
    listing: Option<ListingDetail>,
    reviews: Option<TripReviews>,
    conversation: Option<i64>,
    change: ServerAction<ChangeBooking>,
    respond: ServerAction<RespondToReview>,
    /// Whether the viewer can plan this stay, and the plan saved with it.
    plan: (bool, Option<Itinerary>),
    plan_actions: PlanActions,
) -> impl IntoView {
    let id = booking.id;
    let (can_plan, saved) = plan;
    // Type-erased: the page's view type is deep enough already.
    let plan = can_plan
        .then(|| view! { <TripPlan booking=id plan=saved actions=plan_actions/> }.into_any());
    let host_view = booking.viewer == Party::Host;
    let can_answer = booking.can_answer();
    let pass = (!host_view
        && matches!(
            booking.status,
            BookingStatus::Confirmed | BookingStatus::Completed
        ))
    .then(|| view! { <TripPass booking=booking.clone() listing=listing.clone()/> });
    let rules = listing.map(|l| {
        view! { <HouseRulesSection rules=l.house_rules policy=booking.cancellation_policy.clone()/> }
    });
    view! {
        <header class="trip-page__header">
            <h1>{booking.listing_title.clone()}</h1>
            {status_badge(booking.status)}
            <p class="muted">{format!("{} · {}", booking.listing_city, stay_line(&booking))}</p>
            <p>
                <a href=format!("/listings/{}", booking.listing_id)>{tr!("booking-view-listing")}</a>
                {conversation.map(|c| view! { " · "<a href=format!("/inbox/{c}")>{tr!("booking-messages")}</a> })}
            </p>
        </header>
        {pass}
        <div class="listing__columns">
            <div class="listing__main">
                {booking.expires_at.clone().map(|t| view! {
                    <p class="form-notice">{tr!("booking-waiting-until", time = short_time(&t))}</p>
                })}
                <section class="listing__section" aria-labelledby="people-heading">
                    <h2 id="people-heading">{if host_view { tr!("booking-your-guest") } else { tr!("booking-your-host") }}</h2>
                    <p>{if host_view { booking.guest_name.clone() } else { booking.host_name.clone() }}</p>
                    {booking.host_contact.clone().map(|c| view! {
                        <p>{tr!("booking-contact")}" "<a href=format!("mailto:{c}")>{c.clone()}</a></p>
                    })}
                    {(!booking.special_requests.is_empty()).then(|| view! {
                        <p class="trip-page__message">{tr!("booking-guest-message", text = booking.special_requests.as_str())}</p>
                    })}
                </section>
                {plan}
                {reviews.map(|reviews| view! { <TripReviewsSection reviews respond/> })}
                {rules}
                <section class="listing__section" aria-labelledby="history-heading">
                    <h2 id="history-heading">{tr!("booking-history")}</h2>
                    <ol class="trip-history">
                        {booking.history.iter().map(|h| view! {
                            <li>{tr!(
                                "booking-history-line",
                                time = short_time(&h.at),
                                status = h.to.label(),
                                by = h.by.as_str(),
                                reason = h.reason_text(),
                            )}</li>
                        }).collect_view()}
                    </ol>
                </section>
            </div>
            <aside class="listing__aside">
                <div class="price-card" role="group" aria-label=tr!("booking-price")>
                    <dl class="quote__lines">
                        {booking.price_breakdown.iter().map(|l| view! {
                            <div><dt>{price_line_label(&l.label)}</dt><dd>{i18n::money(l.amount)}</dd></div>
                        }).collect_view()}
                        <div class="quote__total"><dt>{tr!("booking-total")}</dt><dd>{i18n::money(booking.total_price)}</dd></div>
                        {booking.refunded.map(|r| view! {
                            <div><dt>{tr!("booking-refunded")}</dt><dd data-refunded=r.amount_minor>{i18n::money(r)}</dd></div>
                        })}
                    </dl>
                    // The receipt: charged in the listing's currency, named.
                    <p class="quote__charged muted" data-charged=booking.total_price.currency.code()>
                        {tr!("booking-charged-in", currency = booking.total_price.currency.code())}
                    </p>
                    {can_answer.then(|| view! {
                        <div class="trip-page__answer">
                            <ActionForm action=change>
                                <input type="hidden" name="id" value=id/>
                                <input type="hidden" name="action" value="accept"/>
                                <button type="submit" {..busy_while(change.pending())} class="button button--wide">{tr!("booking-accept")}</button>
                            </ActionForm>
                            <ActionForm action=change>
                                <input type="hidden" name="id" value=id/>
                                <input type="hidden" name="action" value="decline"/>
                                <button type="submit" {..busy_while(change.pending())} class="button button--quiet button--wide">{tr!("booking-decline")}</button>
                            </ActionForm>
                        </div>
                    })}
                    {preview.map(|p| view! {
                        <details class="trip-page__cancel">
                            <summary class="button button--quiet button--wide">{tr!("booking-cancel-open")}</summary>
                            <p class="refund-preview" data-refund=p.refund.amount_minor>
                                {tr!("booking-refund-preview", refund = i18n::money(p.refund), rule = p.rule.as_str())}
                            </p>
                            <ActionForm action=change>
                                <input type="hidden" name="id" value=id/>
                                <input type="hidden" name="action" value="cancel"/>
                                <div class="field">
                                    <label for="cancel-reason">{tr!("booking-cancel-reason")}</label>
                                    <textarea id="cancel-reason" name="reason" rows="2" maxlength="1000"></textarea>
                                </div>
                                <button type="submit" {..busy_while(change.pending())} class="button button--danger button--wide">{tr!("booking-cancel-submit")}</button>
                            </ActionForm>
                        </details>
                    })}
                </div>
            </aside>
        </div>
    }
    .into_any()
}

/// The guest's pass for a confirmed stay: everything needed on arrival, on one card. The
/// service worker keeps the page once viewed, so it opens without a connection.
#[component]
fn TripPass(booking: Booking, listing: Option<ListingDetail>) -> impl IntoView {
    let check_in = i18n::date(&booking.check_in, DateStyle::Date);
    let check_out = i18n::date(&booking.check_out, DateStyle::Date);
    let (check_in, check_out, address) = match &listing {
        Some(l) => {
            let place = [
                Some(l.location.address.as_str()),
                Some(l.location.city.as_str()),
                l.location.state.as_deref(),
                Some(l.location.country.as_str()),
            ];
            let address = place
                .into_iter()
                .flatten()
                .filter(|part| !part.is_empty())
                .collect::<Vec<_>>()
                .join(", ");
            (
                tr!(
                    "booking-pass-check-in-after",
                    date = check_in,
                    time = clock_time(&l.house_rules.check_in_after),
                ),
                tr!(
                    "booking-pass-check-out-before",
                    date = check_out,
                    time = clock_time(&l.house_rules.check_out_before),
                ),
                address,
            )
        }
        None => (check_in, check_out, booking.listing_city.clone()),
    };
    let guests = tr!("booking-guests", guests = booking.guest_count);
    view! {
        <section class="trip-pass" aria-labelledby="pass-heading">
            <h2 id="pass-heading">{tr!("booking-pass")}</h2>
            <dl class="trip-pass__facts">
                <div class="trip-pass__code">
                    <dt>{tr!("booking-pass-code")}</dt>
                    <dd data-code=booking.confirmation_code()>{booking.confirmation_code()}</dd>
                </div>
                <div><dt>{tr!("booking-pass-check-in")}</dt><dd>{check_in}</dd></div>
                <div><dt>{tr!("booking-pass-check-out")}</dt><dd>{check_out}</dd></div>
                <div><dt>{tr!("booking-pass-address")}</dt><dd>{address}</dd></div>
                <div><dt>{tr!("booking-pass-guests")}</dt><dd>{guests}</dd></div>
                <div>
                    <dt>{tr!("booking-pass-host")}</dt>
                    <dd>
                        {booking.host_name.clone()}
                        {booking.host_contact.clone().map(|c| view! {
                            " · "<a href=format!("mailto:{c}")>{c.clone()}</a>
                        })}
                    </dd>
                </div>
            </dl>
        </section>
    }
}

/// `/notifications`: what happened to the person's bookings, newest first.
#[component]
pub fn NotificationsPage() -> impl IntoView {
    let read = ServerAction::<ReadNotifications>::new();
    let list = Resource::new(move || read.version().get(), |_| my_notifications());
    view! {
        <Title text=tr!("booking-notifications-title")/>
        <section class="container section host">
            <div class="host__heading">
                <h1>{tr!("booking-notifications-title")}</h1>
                <ActionForm action=read>
                    <button type="submit" {..busy_while(read.pending())} class="button button--quiet">{tr!("booking-notifications-read")}</button>
                </ActionForm>
            </div>
            <Suspense fallback=loading>
                {move || Suspend::new(async move {
                    match list.await {
                        Ok(n) => view! { <NotificationList n/> }.into_any(),
                        Err(AppError::Unauthorized) => view! { <Redirect path="/signin?next=/notifications"/> }.into_any(),
                        Err(error) => view! { <ErrorView error/> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn NotificationList(n: NotificationFeed) -> impl IntoView {
    if n.items.is_empty() {
        return view! { <p class="empty">{tr!("booking-notifications-empty")}</p> }.into_any();
    }
    view! {
        <ul class="notifications">
            {n.items.into_iter().map(|item| {
                let href = item.booking_id.map(|b| format!("/trips/{b}"));
                view! {
                    <li class="notification" class:notification--unread=!item.read data-kind=item.kind.clone()>
                        <p class="notification__title">
                            {match href {
                                Some(h) => view! { <a href=h>{item.title.clone()}</a> }.into_any(),
                                None => view! { <span>{item.title.clone()}</span> }.into_any(),
                            }}
                        </p>
                        <p>{item.body.clone()}</p>
                        <p class="muted">{short_time(&item.created_at)}</p>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}
