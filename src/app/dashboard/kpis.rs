//! The period's figures as cards, each with its change against the period before and the
//! same dates a year earlier.

use super::format::{amount, change, duration, one_decimal, percent, points};
use crate::app::i18n;
use crate::app::types::Money;
use crate::app::types::analytics::{Figures, Report};
use crate::tr;
use leptos::prelude::*;

/// How a figure compares: as a rate (points) or an amount or count (per cent).
enum Value {
    Rate(fn(&Figures) -> Option<f64>),
    Amount(fn(&Figures) -> Option<f64>, fn(&Figures) -> String),
}

fn minor(m: Option<Money>) -> Option<f64> {
    m.map(|m| m.amount_minor as f64)
}

/// Each card: its label's message and its value.
const CARDS: [(&str, Value); 12] = [
    ("dashboard-kpi-occupancy", Value::Rate(|f| f.occupancy)),
    (
        "dashboard-kpi-adr",
        Value::Amount(|f| minor(f.adr), |f| amount(f.adr)),
    ),
    (
        "dashboard-kpi-revpar",
        Value::Amount(|f| minor(f.revpar), |f| amount(f.revpar)),
    ),
    (
        "dashboard-kpi-revenue",
        Value::Amount(|f| minor(Some(f.revenue)), |f| amount(Some(f.revenue))),
    ),
    (
        "dashboard-kpi-earnings",
        Value::Amount(|f| minor(Some(f.earnings)), |f| amount(Some(f.earnings))),
    ),
    (
        "dashboard-kpi-booked-nights",
        Value::Amount(
            |f| Some(f.booked_nights as f64),
            |f| f.booked_nights.to_string(),
        ),
    ),
    (
        "dashboard-kpi-average-stay",
        Value::Amount(
            |f| f.average_stay_nights,
            |f| {
                f.average_stay_nights.map_or_else(
                    || "—".into(),
                    |n| tr!("dashboard-kpi-nights", nights = one_decimal(n)),
                )
            },
        ),
    ),
    (
        "dashboard-kpi-lead-time",
        Value::Amount(
            |f| f.average_lead_days,
            |f| {
                f.average_lead_days.map_or_else(
                    || "—".into(),
                    |d| tr!("dashboard-kpi-days", days = one_decimal(d)),
                )
            },
        ),
    ),
    (
        "dashboard-kpi-cancellation-rate",
        Value::Rate(|f| f.cancellation_rate),
    ),
    (
        "dashboard-kpi-acceptance-rate",
        Value::Rate(|f| f.acceptance_rate),
    ),
    (
        "dashboard-kpi-views",
        Value::Amount(|f| Some(f.views as f64), |f| f.views.to_string()),
    ),
    ("dashboard-kpi-conversion", Value::Rate(|f| f.conversion)),
];

/// The cards, then the gross booking value and the time to answer as plain lines.
#[component]
pub fn Kpis(report: Report) -> impl IntoView {
    let (now, before, year) = (&report.current, &report.previous, &report.year_earlier);
    let cards = CARDS
        .iter()
        .map(|(label, value)| {
            let (shown, vs_before, vs_year) = match value {
                Value::Rate(get) => (
                    percent(get(now)),
                    points(get(now), get(before)),
                    points(get(now), get(year)),
                ),
                Value::Amount(get, show) => {
                    let delta = |then: &Figures| match (get(now), get(then)) {
                        (Some(a), Some(b)) => change(a, b),
                        _ => None,
                    };
                    (show(now), delta(before), delta(year))
                }
            };
            let vs_before = match vs_before {
                Some(change) => tr!("dashboard-kpi-vs-before", change = change),
                None => tr!("dashboard-kpi-vs-before-none"),
            };
            let vs_year = match vs_year {
                Some(change) => tr!("dashboard-kpi-vs-year", change = change),
                None => tr!("dashboard-kpi-vs-year-none"),
            };
            view! {
                <li class="kpi">
                    <span class="kpi__label">{i18n::message(label)}</span>
                    <strong class="kpi__value">{shown}</strong>
                    <span class="kpi__change">{vs_before}</span>
                    <span class="kpi__change">{vs_year}</span>
                </li>
            }
        })
        .collect_view();
    let summary = tr!(
        "dashboard-kpi-summary",
        gross = amount(Some(now.gross_booking_value)),
        requests = now.requests,
        median = duration(now.median_answer_secs),
        currency = report.currency.code(),
    );
    view! {
        <ul class="kpis" aria-label=tr!("dashboard-kpis")>{cards}</ul>
        <p class="muted">{summary}</p>
    }
}
