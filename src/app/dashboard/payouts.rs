//! The dashboard's "Payouts": totals per currency, every scheduled payout and the latest
//! paid ones with the stays each covers, older ones a plain link away
//! (`?payouts_before=<id>`, the dashboard's other parameters kept), and the stays still to
//! be paid by expected release. Server-rendered tables and links only, so it works
//! without JavaScript. The rules: `server::payouts`.

use crate::app::types::AppError;
use crate::app::types::Money;
use crate::app::types::payouts::{HostPayouts, Payout, PayoutStay, UpcomingPayout};
use crate::app::types::stay::{Day, MONTH_NAMES};
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use leptos_router::hooks::use_query_map;

/// Paid payouts and upcoming releases shown at a time.
const SHOWN: &str = "5";

/// The signed-in host's payouts: the same as `GET /api/v1/host/payouts`.
#[server(prefix = "/api/fn", endpoint = "list_payouts", input = GetUrl)]
pub async fn list_payouts(
    before: Option<String>,
    limit: Option<String>,
) -> Result<HostPayouts, AppError> {
    use crate::app::types::account::FieldError;
    use crate::app::types::payouts::PayoutsQuery;
    use crate::server::payouts::{self, PageQuery};
    let host = crate::server::accounts::auth::require_user().await?;
    let query = PayoutsQuery { before, limit };
    let page = PageQuery::parse(&query).map_err(|errors: Vec<FieldError>| {
        let values = [("before", &query.before), ("limit", &query.limit)]
            .into_iter()
            .filter_map(|(k, v)| v.clone().map(|v| (k.to_string(), v)))
            .collect();
        AppError::Form { errors, values }
    })?;
    let db = crate::server::platform::request::db().await?;
    payouts::host_payouts(&db, host, page).await
}

/// "7 December 2026" from an RFC 3339 time or a date (UTC for payout times).
fn day_text(iso: &str) -> String {
    match iso.get(..10).and_then(Day::parse) {
        Some(d) => format!("{} {} {}", d.day, MONTH_NAMES[d.month as usize - 1], d.year),
        None => iso.to_string(),
    }
}

/// "€1,234.50 EUR": the currency always named.
fn amount(m: Money) -> String {
    format!("{} {}", m.display(), m.currency.code())
}

/// The stays a payout covers, each linked to its booking.
fn stays_list(stays: Vec<PayoutStay>) -> impl IntoView {
    let items = stays
        .into_iter()
        .map(|s| {
            let kept = (s.booking_status == "cancelled").then_some(" (cancelled: what you kept)");
            view! {
                <li>
                    <a href=format!("/trips/{}", s.booking_id)>{format!("Booking {}", s.booking_id)}</a>
                    {format!(
                        " · {}, {} to {}: {}{}",
                        s.listing_title,
                        day_text(&s.check_in),
                        day_text(&s.check_out),
                        amount(s.amount),
                        kept.unwrap_or(""),
                    )}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="payout-stays">{items}</ul> }
}

fn payout_row(p: Payout) -> impl IntoView {
    let when = match &p.paid_at {
        Some(paid) => format!("Paid {}", day_text(paid)),
        None => format!("Released {}", day_text(&p.release_at)),
    };
    view! {
        <tr data-payout=p.id>
            <th scope="row">{when}</th>
            <td>{p.status.label()}</td>
            <td>{amount(p.amount)}</td>
            <td>{p.reference.unwrap_or_else(|| "—".into())}</td>
            <td class="payout-stays-cell">{stays_list(p.stays)}</td>
        </tr>
    }
}

fn upcoming_row(u: UpcomingPayout) -> impl IntoView {
    view! {
        <tr>
            <th scope="row">{day_text(&u.release_at)}</th>
            <td>{amount(u.amount)}</td>
            <td class="payout-stays-cell">{stays_list(u.stays)}</td>
        </tr>
    }
}

/// The "Payouts" section of `/host`.
#[component]
pub fn PayoutsSection() -> impl IntoView {
    let query = use_query_map();
    let before = move || query.read().get("payouts_before");
    let data = Resource::new(before, |before| {
        list_payouts(before, Some(SHOWN.to_string()))
    });
    // A link to another page of paid payouts, the dashboard's other parameters kept.
    let page_link = move |before: Option<i64>| {
        let mut q = query.get_untracked();
        match before {
            Some(id) => q.replace("payouts_before", id.to_string()),
            None => {
                q.remove("payouts_before");
            }
        }
        format!("/host{}#payouts", q.to_query_string())
    };
    view! {
        <section aria-labelledby="payouts" class="payouts">
            <h2 id="payouts">"Payouts"</h2>
            <p class="muted">
                "A stay's share is released at the first midnight (UTC) at least 24 hours after the stay ends, or after a cancellation for what you kept, and paid with the other shares released at that time."
            </p>
            <Transition fallback=|| view! { <p class="muted">"Gathering your payouts…"</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(p) => {
                            let totals = p.totals.into_iter().map(|t| view! {
                                <tr>
                                    <th scope="row">{t.paid.currency.code()}</th>
                                    <td>{amount(t.paid)}</td>
                                    <td>{amount(t.scheduled)}</td>
                                    <td>{amount(t.upcoming)}</td>
                                </tr>
                            }).collect_view();
                            let older = p.next_before.map(|id| view! {
                                <a href=page_link(Some(id))>"Older payouts"</a>
                            });
                            let newest = before().map(|_| view! {
                                <a href=page_link(None)>"Latest payouts"</a>
                            });
                            let none_yet = p.scheduled.is_empty() && p.paid.is_empty();
                            let rows = p.scheduled.into_iter().chain(p.paid).map(payout_row).collect_view();
                            let more = p.more_upcoming.then_some(view! {
                                <p class="muted">"Later releases are counted in the totals above."</p>
                            });
                            let no_upcoming = p.upcoming.is_empty();
                            let upcoming = p.upcoming.into_iter().map(upcoming_row).collect_view();
                            view! {
                                <div class="table-scroll">
                                    <table class="dash-table">
                                        <caption>"Your payouts by currency: paid, scheduled, and still to come."</caption>
                                        <thead><tr>
                                            <th scope="col">"Currency"</th><th scope="col">"Paid"</th>
                                            <th scope="col">"Scheduled"</th><th scope="col">"Upcoming"</th>
                                        </tr></thead>
                                        <tbody>{totals}</tbody>
                                    </table>
                                </div>
                                <h3>"Scheduled and paid"</h3>
                                {none_yet.then_some(view! { <p class="empty">"No payouts yet: they follow your first completed stay."</p> })}
                                <div class="table-scroll" hidden=none_yet>
                                    <table class="dash-table payouts-table">
                                        <caption>"Scheduled payouts, then paid ones, newest first (dates in UTC), with the stays each covers."</caption>
                                        <thead><tr>
                                            <th scope="col">"Date"</th><th scope="col">"Status"</th>
                                            <th scope="col">"Amount"</th><th scope="col">"Reference"</th>
                                            <th scope="col">"Stays"</th>
                                        </tr></thead>
                                        <tbody>{rows}</tbody>
                                    </table>
                                </div>
                                <nav aria-label="Payout pages" class="pager">{newest}" "{older}</nav>
                                <h3>"Upcoming"</h3>
                                {no_upcoming.then_some(view! { <p class="empty">"No confirmed stays waiting to be paid."</p> })}
                                <div class="table-scroll" hidden=no_upcoming>
                                    <table class="dash-table upcoming-table">
                                        <caption>"Confirmed stays by expected release (UTC), with what each will pay you."</caption>
                                        <thead><tr>
                                            <th scope="col">"Expected release"</th><th scope="col">"Amount"</th>
                                            <th scope="col">"Stays"</th>
                                        </tr></thead>
                                        <tbody>{upcoming}</tbody>
                                    </table>
                                </div>
                                {more}
                            }.into_any()
                        }
                        // The page above sends a signed-out visitor to sign in.
                        Err(AppError::Unauthorized) => ().into_any(),
                        Err(error) => view! { <p class="form-alert" role="alert">{error.to_string()}</p> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}
