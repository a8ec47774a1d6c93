//! The dashboard's charts: earnings by month (this year against last, whatever the
//! granularity), occupancy over the period in its buckets against a year earlier, and lead
//! times. Server-rendered SVG with a data table each (`components::charts`).

use crate::app::components::charts::{
    BarChart, ChartSeries, Histogram, HistogramBin, LineChart, ValueFormat,
};
use crate::app::types::analytics::{Granularity, LeadBin, Point, Report};
use crate::app::types::stay::MONTH_NAMES;
use leptos::prelude::*;

/// "0–6 days", "180+ days".
fn lead_label(bin: &LeadBin) -> String {
    match bin.to_days {
        Some(to) if to - 1 == bin.from_days => format!("{} days", bin.from_days),
        Some(to) => format!("{}–{} days", bin.from_days, to - 1),
        None => format!("{}+ days", bin.from_days),
    }
}

/// A bucket's label: its first night (`2026-08-03`), or the month's name.
fn bucket_label(p: &Point, granularity: Granularity) -> String {
    match granularity {
        Granularity::Month => month_label(&p.span.from),
        _ => p.span.from.clone(),
    }
}

/// "August 2026" from `2026-08` or `2026-08-01`.
fn month_label(date: &str) -> String {
    let year = date.get(..4).unwrap_or_default();
    let month: usize = date.get(5..7).and_then(|m| m.parse().ok()).unwrap_or(1);
    let name = MONTH_NAMES.get(month.saturating_sub(1)).unwrap_or(&"");
    format!("{name} {year}")
}

#[component]
pub fn Charts(report: Report) -> impl IntoView {
    let currency = report.currency;
    let year = report
        .earnings_by_month
        .first()
        .and_then(|m| m.month.get(..4))
        .and_then(|y| y.parse::<i32>().ok())
        .unwrap_or_default();
    let months: Vec<String> = report
        .earnings_by_month
        .iter()
        .map(|m| {
            let month: usize = m.month.get(5..7).and_then(|x| x.parse().ok()).unwrap_or(1);
            MONTH_NAMES.get(month - 1).unwrap_or(&"").to_string()
        })
        .collect();
    let this_year = ChartSeries::full(
        year.to_string(),
        report
            .earnings_by_month
            .iter()
            .map(|m| m.earnings.amount_minor as f64),
    );
    let last_year = ChartSeries::full(
        (year - 1).to_string(),
        report
            .earnings_by_month
            .iter()
            .map(|m| m.year_earlier.amount_minor as f64),
    );
    let granularity = report.granularity;
    let unit = match granularity {
        Granularity::Day => "day",
        Granularity::Week => "week",
        Granularity::Month => "month",
    };
    let buckets: Vec<String> = report
        .series
        .iter()
        .map(|p| bucket_label(p, granularity))
        .collect();
    let occupancy = ChartSeries::new(
        "This period",
        report.series.iter().map(|p| p.occupancy).collect(),
    );
    let earlier = ChartSeries::new(
        "A year earlier",
        report
            .series_year_earlier
            .iter()
            .map(|p| p.occupancy)
            .collect(),
    );
    let bins: Vec<HistogramBin> = report
        .lead_time
        .iter()
        .map(|b| HistogramBin {
            label: lead_label(b),
            count: u64::try_from(b.stays).unwrap_or(0),
        })
        .collect();
    view! {
        <div class="dash-charts">
            <BarChart
                id="earnings-by-month"
                title=format!("Earnings by month, {year} against {}", year - 1)
                x_label="Month"
                y_label=format!("Earnings ({})", currency.code())
                labels=months
                series=vec![this_year, last_year]
                format=ValueFormat::Money(currency)
            />
            <LineChart
                id="occupancy"
                title=format!("Occupancy by {unit}")
                x_label=if unit == "month" { "Month".to_string() } else { format!("The {unit} from") }
                y_label="Occupancy"
                labels=buckets
                series=vec![occupancy, earlier]
                format=ValueFormat::Percent
            />
            <Histogram
                id="lead-time"
                title="Lead time: how far ahead stays were booked"
                x_label="Booked ahead"
                count_label="Stays"
                bins
            />
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_read_as_a_person_reads_them() {
        let bin = |from_days, to_days| LeadBin {
            from_days,
            to_days,
            stays: 0,
        };
        assert_eq!(lead_label(&bin(0, Some(7))), "0–6 days");
        assert_eq!(lead_label(&bin(180, None)), "180+ days");
        assert_eq!(lead_label(&bin(3, Some(4))), "3 days");
        assert_eq!(month_label("2026-08-01"), "August 2026");
        assert_eq!(month_label("2026-01"), "January 2026");
    }
}
