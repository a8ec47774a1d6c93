//! The period's figures as cards, each with its change against the period before and the
//! same dates a year earlier.

use super::format::{change, duration, one_decimal, percent, points};
use crate::app::types::Money;
use crate::app::types::analytics::{Figures, Report};
use leptos::prelude::*;

/// How a figure compares: as a rate (points) or an amount or count (per cent).
enum Value {
    Rate(fn(&Figures) -> Option<f64>),
    Amount(fn(&Figures) -> Option<f64>, fn(&Figures) -> String),
}

fn money(m: Option<Money>) -> String {
    m.map_or_else(
        || "—".into(),
        |m| format!("{} {}", m.display(), m.currency.code()),
    )
}

fn amount(m: Option<Money>) -> Option<f64> {
    m.map(|m| m.amount_minor as f64)
}

const CARDS: [(&str, Value); 12] = [
    ("Occupancy", Value::Rate(|f| f.occupancy)),
    (
        "Average daily rate",
        Value::Amount(|f| amount(f.adr), |f| money(f.adr)),
    ),
    (
        "RevPAR",
        Value::Amount(|f| amount(f.revpar), |f| money(f.revpar)),
    ),
    (
        "Revenue",
        Value::Amount(|f| amount(Some(f.revenue)), |f| money(Some(f.revenue))),
    ),
    (
        "Your earnings",
        Value::Amount(|f| amount(Some(f.earnings)), |f| money(Some(f.earnings))),
    ),
    (
        "Booked nights",
        Value::Amount(
            |f| Some(f.booked_nights as f64),
            |f| f.booked_nights.to_string(),
        ),
    ),
    (
        "Average stay",
        Value::Amount(
            |f| f.average_stay_nights,
            |f| format!("{} nights", one_decimal(f.average_stay_nights)),
        ),
    ),
    (
        "Lead time",
        Value::Amount(
            |f| f.average_lead_days,
            |f| format!("{} days", one_decimal(f.average_lead_days)),
        ),
    ),
    ("Cancellation rate", Value::Rate(|f| f.cancellation_rate)),
    ("Acceptance rate", Value::Rate(|f| f.acceptance_rate)),
    (
        "Listing views",
        Value::Amount(|f| Some(f.views as f64), |f| f.views.to_string()),
    ),
    ("View-to-booking", Value::Rate(|f| f.conversion)),
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
            let line = |d: Option<String>, what: &str| {
                format!("{} {what}", d.unwrap_or_else(|| "No comparison".into()))
            };
            view! {
                <li class="kpi">
                    <span class="kpi__label">{*label}</span>
                    <strong class="kpi__value">{shown}</strong>
                    <span class="kpi__change">{line(vs_before, "on the period before")}</span>
                    <span class="kpi__change">{line(vs_year, "on a year earlier")}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <ul class="kpis" aria-label="Figures for the period">{cards}</ul>
        <p class="muted">
            {format!(
                "Gross booking value {}. {} booking requests, answered in {} (median). Amounts in {}, each booking at the exchange rate of the day it was made.",
                money(Some(now.gross_booking_value)),
                now.requests,
                duration(now.median_answer_secs),
                report.currency.code(),
            )}
        </p>
    }
}
