//! The host's progress towards the badge, criterion by criterion, on their listings page.

use super::api::my_host_standing;
use crate::app::components::HOST_BADGE;
use crate::app::types::review::{
    BADGE_CANCELLATION_RATE as CANCELLATION, BADGE_NIGHTS_LONG as NIGHTS_LONG,
    BADGE_RATING as RATING, BADGE_RESPONSE_RATE as RESPONSE, BADGE_STAYS as STAYS,
    BADGE_STAYS_LONG as STAYS_LONG, HostStanding,
};
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
    let mark = |met: bool| if met { "✓ Met" } else { "Not yet" };
    let stays_met = s.stays >= STAYS || (s.stays >= STAYS_LONG && s.nights >= NIGHTS_LONG);
    let rating_met = s.rating.is_some_and(|r| r >= RATING);
    let response_met = s.response_rate.is_none_or(|r| r >= RESPONSE);
    let cancel_rate = f64::from(s.host_cancellations) / f64::from(s.bookings.max(1));
    let cancel_met = cancel_rate < CANCELLATION;
    let rows = [
        (
            format!("At least {STAYS} stays (or {STAYS_LONG} stays of {NIGHTS_LONG} nights)"),
            format!("{} stays, {} nights", s.stays, s.nights),
            stays_met,
        ),
        (
            format!("Overall rating of {RATING} or more"),
            s.rating
                .map(|r| format!("{r:.2} from {} reviews", s.rated_stays))
                .unwrap_or_else(|| "No reviews yet".into()),
            rating_met,
        ),
        (
            format!(
                "Answers {:.0} % of messages and requests within 24 hours",
                RESPONSE * 100.0
            ),
            s.response_rate
                .map(|r| format!("{:.0} %", r * 100.0))
                .unwrap_or_else(|| "Nothing to answer yet".into()),
            response_met,
        ),
        (
            format!("Cancels under {:.0} % of bookings", CANCELLATION * 100.0),
            format!("{} of {} bookings", s.host_cancellations, s.bookings),
            cancel_met,
        ),
    ];
    let title = if s.earned {
        format!("You are a {HOST_BADGE}")
    } else {
        format!("Your progress to {HOST_BADGE}")
    };
    view! {
        <section class="listing__section host-standing" aria-labelledby="standing-heading">
            <h2 id="standing-heading">{title}</h2>
            <p class="muted">"Over the last 365 days, re-checked every night."</p>
            <table class="host-standing__table">
                <thead><tr><th scope="col">"Criterion"</th><th scope="col">"You"</th><th scope="col">"Status"</th></tr></thead>
                <tbody>
                    {rows.into_iter().map(|(criterion, you, met)| view! {
                        <tr><td>{criterion}</td><td>{you}</td><td>{mark(met)}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}
