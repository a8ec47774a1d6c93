//! The dashboard's "Payouts": totals per currency, every scheduled payout and the latest
//! paid ones with the stays each covers, older ones a plain link away
//! (`?payouts_before=<id>`, the dashboard's other parameters kept), and the stays still to
//! be paid by expected release. Server-rendered tables and links only, so it works
//! without JavaScript. The rules: `server::payouts`.

use super::format::amount as coded;
use crate::app::i18n::{self, DateStyle};
use crate::app::types::AppError;
use crate::app::types::Money;
use crate::app::types::payouts::{HostPayouts, Payout, PayoutStay, UpcomingPayout};
use crate::tr;
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

/// "Dec 7, 2026" from an RFC 3339 time or a date (UTC for payout times).
fn day_text(iso: &str) -> String {
    i18n::date(iso.get(..10).unwrap_or(iso), DateStyle::Date)
}

/// "€1,234.50 EUR": the currency always named.
fn amount(m: Money) -> String {
    coded(Some(m))
}

/// The stays a payout covers, each linked to its booking.
fn stays_list(stays: Vec<PayoutStay>) -> impl IntoView {
    let items = stays
        .into_iter()
        .map(|s| {
            let (check_in, check_out) = (day_text(&s.check_in), day_text(&s.check_out));
            let text = if s.booking_status == "cancelled" {
                tr!(
                    "dashboard-payout-stay-cancelled",
                    listing = s.listing_title,
                    check_in = check_in,
                    check_out = check_out,
                    amount = amount(s.amount)
                )
            } else {
                tr!(
                    "dashboard-payout-stay",
                    listing = s.listing_title,
                    check_in = check_in,
                    check_out = check_out,
                    amount = amount(s.amount)
                )
            };
            // The number as the booking's page names it, not grouped like a count.
            let booking = tr!("dashboard-payout-booking", id = s.booking_id.to_string());
            view! {
                <li>
                    <a href=format!("/trips/{}", s.booking_id)>{booking}</a>
                    " · "{text}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="payout-stays">{items}</ul> }
}

fn payout_row(p: Payout) -> impl IntoView {
    let when = match &p.paid_at {
        Some(paid) => tr!("dashboard-payout-paid-on", date = day_text(paid)),
        None => tr!(
            "dashboard-payout-released-on",
            date = day_text(&p.release_at)
        ),
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
            <h2 id="payouts">{tr!("dashboard-payouts")}</h2>
            <p class="muted">{tr!("dashboard-payouts-rule")}</p>
            <Transition fallback=|| view! { <p class="muted">{tr!("dashboard-payouts-loading")}</p> }>
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
                                <a href=page_link(Some(id))>{tr!("dashboard-payouts-older")}</a>
                            });
                            let newest = before().map(|_| view! {
                                <a href=page_link(None)>{tr!("dashboard-payouts-latest")}</a>
                            });
                            let none_yet = p.scheduled.is_empty() && p.paid.is_empty();
                            let rows = p.scheduled.into_iter().chain(p.paid).map(payout_row).collect_view();
                            let more = p.more_upcoming.then_some(view! {
                                <p class="muted">{tr!("dashboard-payouts-later")}</p>
                            });
                            let no_upcoming = p.upcoming.is_empty();
                            let upcoming = p.upcoming.into_iter().map(upcoming_row).collect_view();
                            view! {
                                <div class="table-scroll">
                                    <table class="dash-table">
                                        <caption>{tr!("dashboard-payouts-totals-caption")}</caption>
                                        <thead><tr>
                                            <th scope="col">{tr!("dashboard-payouts-col-currency")}</th>
                                            <th scope="col">{tr!("dashboard-payouts-col-paid")}</th>
                                            <th scope="col">{tr!("dashboard-payouts-col-scheduled")}</th>
                                            <th scope="col">{tr!("dashboard-payouts-col-upcoming")}</th>
                                        </tr></thead>
                                        <tbody>{totals}</tbody>
                                    </table>
                                </div>
                                <h3>{tr!("dashboard-payouts-list")}</h3>
                                {none_yet.then(|| view! { <p class="empty">{tr!("dashboard-payouts-none")}</p> })}
                                <div class="table-scroll" hidden=none_yet>
                                    <table class="dash-table payouts-table">
                                        <caption>{tr!("dashboard-payouts-caption")}</caption>
                                        <thead><tr>
                                            <th scope="col">{tr!("dashboard-payouts-col-date")}</th>
                                            <th scope="col">{tr!("dashboard-payouts-col-status")}</th>
                                            <th scope="col">{tr!("dashboard-payouts-col-amount")}</th>
                                            <th scope="col">{tr!("dashboard-payouts-col-reference")}</th>
                                            <th scope="col">{tr!("dashboard-payouts-col-stays")}</th>
                                        </tr></thead>
                                        <tbody>{rows}</tbody>
                                    </table>
                                </div>
                                <nav aria-label=tr!("dashboard-payouts-pages") class="pager">{newest}" "{older}</nav>
                                <h3>{tr!("dashboard-payouts-upcoming")}</h3>
                                {no_upcoming.then(|| view! { <p class="empty">{tr!("dashboard-payouts-no-upcoming")}</p> })}
                                <div class="table-scroll" hidden=no_upcoming>
                                    <table class="dash-table upcoming-table">
                                        <caption>{tr!("dashboard-payouts-upcoming-caption")}</caption>
                                        <thead><tr>
                                            <th scope="col">{tr!("dashboard-payouts-col-release")}</th>
                                            <th scope="col">{tr!("dashboard-payouts-col-amount")}</th>
                                            <th scope="col">{tr!("dashboard-payouts-col-stays")}</th>
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
