//! The host's progress towards the badge, criterion by criterion, on their listings page.

use super::api::my_host_standing;
use crate::app::components::{fixed, host_badge};
use crate::app::types::review::{
    BADGE_CANCELLATION_RATE as CANCELLATION, BADGE_NIGHTS_LONG as NIGHTS_LONG,
    BADGE_RATING as RATING, BADGE_RESPONSE_RATE as RESPONSE, BADGE_STAYS as STAYS,
    BADGE_STAYS_LONG as STAYS_LONG, HostStanding,
};
use crate::tr;
use leptos::prelude::*;

/// A section listing each criterion with where the host stands; nothing for a host
/// with no standing yet (before the first evaluation).
#[component]
pub fn HostStandingSection() -> impl IntoView {
    let standing = Resource::new(|| (), |_| my_host_standing());
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                standing.await.ok().filter(|s| s.evaluated_at.is_some()).map(|s| view! { <StandingView s/> })
            })}
        </Suspense>
    }
}

#[component]
fn StandingView(s: HostStanding) -> impl IntoView {
    let mark = |met: bool| {
        if met {
            tr!("reviews-standing-met")
        } else {
            tr!("reviews-standing-not-yet")
        }
    };
    let stays_met = s.stays >= STAYS || (s.stays >= STAYS_LONG && s.nights >= NIGHTS_LONG);
    let rating_met = s.rating.is_some_and(|r| r >= RATING);
    let response_met = s.response_rate.is_none_or(|r| r >= RESPONSE);
    let cancel_rate = f64::from(s.host_cancellations) / f64::from(s.bookings.max(1));
    let cancel_met = cancel_rate < CANCELLATION;
    // Percentages as whole numbers ("90 %").
    let percent = |share: f64| (share * 100.0).round() as i64;
    let rows = [
        (
            tr!(
                "reviews-standing-stays",
                stays = STAYS,
                stays_long = STAYS_LONG,
                nights_long = NIGHTS_LONG,
            ),
            tr!(
                "reviews-standing-stays-you",
                stays = s.stays,
                nights = s.nights
            ),
            stays_met,
        ),
        (
            tr!("reviews-standing-rating", rating = RATING),
            s.rating
                .map(|r| {
                    tr!(
                        "reviews-standing-rating-you",
                        rating = fixed(r, 2),
                        count = s.rated_stays,
                    )
                })
                .unwrap_or_else(|| tr!("reviews-standing-no-reviews")),
            rating_met,
        ),
        (
            tr!("reviews-standing-response", rate = percent(RESPONSE)),
            s.response_rate
                .map(|r| tr!("reviews-standing-percent", rate = percent(r)))
                .unwrap_or_else(|| tr!("reviews-standing-nothing-to-answer")),
            response_met,
        ),
        (
            tr!(
                "reviews-standing-cancellations",
                rate = percent(CANCELLATION)
            ),
            tr!(
                "reviews-standing-cancellations-you",
                cancelled = s.host_cancellations,
                bookings = s.bookings,
            ),
            cancel_met,
        ),
    ];
    let title = if s.earned {
        tr!("reviews-standing-earned", badge = host_badge())
    } else {
        tr!("reviews-standing-progress", badge = host_badge())
    };
    view! {
        <section class="listing__section host-standing" aria-labelledby="standing-heading">
            <h2 id="standing-heading">{title}</h2>
            <p class="muted">{tr!("reviews-standing-period")}</p>
            <table class="host-standing__table">
                <thead><tr><th scope="col">{tr!("reviews-standing-criterion")}</th><th scope="col">{tr!("reviews-standing-you")}</th><th scope="col">{tr!("reviews-standing-status")}</th></tr></thead>
                <tbody>
                    {rows.into_iter().map(|(criterion, you, met)| view! {
                        <tr><td>{criterion}</td><td>{you}</td><td>{mark(met)}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}
