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
use crate::app::messages::api::booking_conversation;
use crate::app::reviews::TripReviewsSection;
use crate::app::reviews::api::{RespondToReview, get_trip_reviews};
use crate::app::types::booking::{Booking, BookingStatus, NotificationFeed, Party, RefundPreview};
use crate::app::types::itinerary::Itinerary;
use crate::app::types::review::TripReviews;
use crate::app::types::{AppError, ListingDetail};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::components::Redirect;
use leptos_router::hooks::{use_params_map, use_query_map};

fn loading() -> impl IntoView {
    view! { <RowsSkeleton/> }
}

/// "2026-12-01 to 2026-12-04 · 3 nights"
pub(crate) fn stay_line(b: &Booking) -> String {
    let nights = match b.nights {
        1 => "1 night".to_string(),
        n => format!("{n} nights"),
    };
    let guests = match b.guest_count {
        1 => "1 guest".to_string(),
        n => format!("{n} guests"),
    };
    format!("{} to {} · {nights} · {guests}", b.check_in, b.check_out)
}

/// An RFC 3339 time as "2026-11-23 14:05 UTC".
pub(crate) fn short_time(rfc3339: &str) -> String {
    match rfc3339.get(..16) {
        Some(t) => format!("{} UTC", t.replace('T', " ")),
        None => rfc3339.to_string(),
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
        Party::Host => format!("Guest: {}", booking.guest_name),
        _ => format!("Host: {}", booking.host_name),
    };
    view! {
        <li class="host-list__item trip" data-booking=booking.id>
            {cover}
            <div class="host-list__body">
                <h3 class="host-list__title">
                    <a href=format!("/trips/{}", booking.id)>{booking.listing_title.clone()}</a>
                </h3>
                <p class="muted">{format!("{} · {}", booking.listing_city, stay_line(&booking))}</p>
                <p class="muted">{format!("{who} · {}", booking.total_price.display())}</p>
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
        <Title text="Trips"/>
        <section class="container section host">
            <h1>"Trips"</h1>
            <Suspense fallback=loading>
                {move || Suspend::new(async move {
                    match trips.await {
                        Ok(list) if list.is_empty() => view! {
                            <p class="empty">"No trips yet. "<a href="/search">"Find a place to stay"</a>"."</p>
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
    let groups: [(&str, &[BookingStatus]); 4] = [
        ("Upcoming", &[Confirmed]),
        ("Waiting for the host", &[Pending]),
        ("Past", &[Completed]),
        ("Cancelled and declined", &[Cancelled, Declined, Expired]),
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
                view! {
                    <h2 class="section__title">{title}</h2>
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
        <Title text="Your trip"/>
        <section class="container section trip-page">
            <Suspense fallback=loading>
                {move || Suspend::new(async move {
                    match trip.await {
                        Ok((booking, preview, listing, reviews, conversation, plan)) => view! {
                            <p class="form-notice" role="status" hidden=move || !booked()>
                                {if booking.status == BookingStatus::Pending { "Request sent. The host has 24 hours to answer." } else { "Booked. Have a good trip!" }}
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
                <a href=format!("/listings/{}", booking.listing_id)>"View the listing"</a>
                {conversation.map(|c| view! { " · "<a href=format!("/inbox/{c}")>"Messages"</a> })}
            </p>
        </header>
        {pass}
        <div class="listing__columns">
            <div class="listing__main">
                {booking.expires_at.clone().map(|t| view! {
                    <p class="form-notice">{format!("Waiting for the host's answer until {}.", short_time(&t))}</p>
                })}
                <section class="listing__section" aria-labelledby="people-heading">
                    <h2 id="people-heading">{if host_view { "Your guest" } else { "Your host" }}</h2>
                    <p>{if host_view { booking.guest_name.clone() } else { booking.host_name.clone() }}</p>
                    {booking.host_contact.clone().map(|c| view! {
                        <p>"Contact: "<a href=format!("mailto:{c}")>{c.clone()}</a></p>
                    })}
                    {(!booking.special_requests.is_empty()).then(|| view! {
                        <p class="trip-page__message">{format!("Message: {}", booking.special_requests)}</p>
                    })}
                </section>
                {plan}
                {reviews.map(|reviews| view! { <TripReviewsSection reviews respond/> })}
                {rules}
                <section class="listing__section" aria-labelledby="history-heading">
                    <h2 id="history-heading">"History"</h2>
                    <ol class="trip-history">
                        {booking.history.iter().map(|h| view! {
                            <li>{format!("{}: {} by the {} ({})", short_time(&h.at), h.to.label(), h.by.as_str(), h.reason)}</li>
                        }).collect_view()}
                    </ol>
                </section>
            </div>
            <aside class="listing__aside">
                <div class="price-card" role="group" aria-label="Price">
                    <dl class="quote__lines">
                        {booking.price_breakdown.iter().map(|l| view! {
                            <div><dt>{l.label.clone()}</dt><dd>{l.amount.display()}</dd></div>
                        }).collect_view()}
                        <div class="quote__total"><dt>"Total"</dt><dd>{booking.total_price.display()}</dd></div>
                        {booking.refunded.map(|r| view! {
                            <div><dt>"Refunded"</dt><dd data-refunded=r.amount_minor>{r.display()}</dd></div>
                        })}
                    </dl>
                    {can_answer.then(|| view! {
                        <div class="trip-page__answer">
                            <ActionForm action=change>
                                <input type="hidden" name="id" value=id/>
                                <input type="hidden" name="action" value="accept"/>
                                <button type="submit" {..busy_while(change.pending())} class="button button--wide">"Accept"</button>
                            </ActionForm>
                            <ActionForm action=change>
                                <input type="hidden" name="id" value=id/>
                                <input type="hidden" name="action" value="decline"/>
                                <button type="submit" {..busy_while(change.pending())} class="button button--quiet button--wide">"Decline"</button>
                            </ActionForm>
                        </div>
                    })}
                    {preview.map(|p| view! {
                        <details class="trip-page__cancel">
                            <summary class="button button--quiet button--wide">"Cancel…"</summary>
                            <p class="refund-preview" data-refund=p.refund.amount_minor>
                                {format!("You get {} back. {}", p.refund.display(), p.rule)}
                            </p>
                            <ActionForm action=change>
                                <input type="hidden" name="id" value=id/>
                                <input type="hidden" name="action" value="cancel"/>
                                <div class="field">
                                    <label for="cancel-reason">"Reason (optional)"</label>
                                    <textarea id="cancel-reason" name="reason" rows="2" maxlength="1000"></textarea>
                                </div>
                                <button type="submit" {..busy_while(change.pending())} class="button button--danger button--wide">"Cancel this booking"</button>
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
    let (check_in_after, check_out_before, address) = match &listing {
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
                format!(" after {}", l.house_rules.check_in_after),
                format!(" before {}", l.house_rules.check_out_before),
                address,
            )
        }
        None => (String::new(), String::new(), booking.listing_city.clone()),
    };
    let guests = match booking.guest_count {
        1 => "1 guest".to_string(),
        n => format!("{n} guests"),
    };
    view! {
        <section class="trip-pass" aria-labelledby="pass-heading">
            <h2 id="pass-heading">"Trip pass"</h2>
            <dl class="trip-pass__facts">
                <div class="trip-pass__code">
                    <dt>"Confirmation code"</dt>
                    <dd data-code=booking.confirmation_code()>{booking.confirmation_code()}</dd>
                </div>
                <div><dt>"Check-in"</dt><dd>{format!("{}{check_in_after}", booking.check_in)}</dd></div>
                <div><dt>"Check-out"</dt><dd>{format!("{}{check_out_before}", booking.check_out)}</dd></div>
                <div><dt>"Address"</dt><dd>{address}</dd></div>
                <div><dt>"Guests"</dt><dd>{guests}</dd></div>
                <div>
                    <dt>"Host"</dt>
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
        <Title text="Notifications"/>
        <section class="container section host">
            <div class="host__heading">
                <h1>"Notifications"</h1>
                <ActionForm action=read>
                    <button type="submit" {..busy_while(read.pending())} class="button button--quiet">"Mark all read"</button>
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
        return view! { <p class="empty">"Nothing yet. News about your bookings shows here."</p> }
            .into_any();
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
