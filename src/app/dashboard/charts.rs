//! The dashboard's charts: earnings by month (this year against last, whatever the
//! granularity), occupancy over the period in its buckets against a year earlier, and lead
//! times. Server-rendered SVG with a data table each (`components::charts`).

use crate::app::components::charts::{
    BarChart, ChartSeries, Histogram, HistogramBin, LineChart, ValueFormat,
};
use crate::app::i18n::{self, DateStyle};
use crate::app::types::analytics::{Granularity, LeadBin, Point, Report};
use crate::tr;
use leptos::prelude::*;

/// "0–6 days", "180+ days".
fn lead_label(bin: &LeadBin) -> String {
    match bin.to_days {
        Some(to) if to - 1 == bin.from_days => tr!("dashboard-lead-days", days = bin.from_days),
        Some(to) => tr!("dashboard-lead-range", from = bin.from_days, to = to - 1),
        None => tr!("dashboard-lead-open", from = bin.from_days),
    }
}

/// A bucket's label: its first night ("Aug 3"), or the month ("August 2026").
fn bucket_label(p: &Point, granularity: Granularity) -> String {
    match granularity {
        Granularity::Month => month_label(&p.span.from, DateStyle::MonthYear),
        _ => i18n::date(&p.span.from, DateStyle::DayMonth),
    }
}

/// A month from `2026-08` or `2026-08-01`, as the date formatter writes it in `style`
/// ("August 2026", "August").
fn month_label(date: &str, style: DateStyle) -> String {
    let first = format!("{}-01", date.get(..7).unwrap_or(date));
    i18n::date(&first, style)
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
        .map(|m| month_label(&m.month, DateStyle::Month))
        .collect();
    // Years are names here, not quantities: written as they are, never grouped.
    let (this, last) = (year.to_string(), (year - 1).to_string());
    let this_year = ChartSeries::full(
        this.clone(),
        report
            .earnings_by_month
            .iter()
            .map(|m| m.earnings.amount_minor as f64),
    );
    let last_year = ChartSeries::full(
        last.clone(),
        report
            .earnings_by_month
            .iter()
            .map(|m| m.year_earlier.amount_minor as f64),
    );
    let granularity = report.granularity;
    let unit = granularity.as_str();
    let buckets: Vec<String> = report
        .series
        .iter()
        .map(|p| bucket_label(p, granularity))
        .collect();
    let occupancy = ChartSeries::new(
        tr!("dashboard-occupancy-now"),
        report.series.iter().map(|p| p.occupancy).collect(),
    );
    let earlier = ChartSeries::new(
        tr!("dashboard-occupancy-earlier"),
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
                title=tr!("dashboard-earnings-title", year = this, last_year = last)
                x_label=tr!("dashboard-earnings-x")
                // The chart adds the currency's code: "Earnings (USD)".
                y_label=tr!("dashboard-earnings-y")
                labels=months
                series=vec![this_year, last_year]
                format=ValueFormat::Money(currency)
            />
            <LineChart
                id="occupancy"
                title=tr!("dashboard-occupancy-title", unit = unit)
                x_label=tr!("dashboard-occupancy-x", unit = unit)
                y_label=tr!("dashboard-occupancy-y")
                labels=buckets
                series=vec![occupancy, earlier]
                format=ValueFormat::Percent
            />
            <Histogram
                id="lead-time"
                title=tr!("dashboard-lead-title")
                x_label=tr!("dashboard-lead-x")
                count_label=tr!("dashboard-lead-count")
                bins
            />
        </div>
    }
}

#[cfg(all(test, feature = "ssr"))]
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
        assert_eq!(lead_label(&bin(1, Some(2))), "1 day");
        assert_eq!(
            month_label("2026-08-01", DateStyle::MonthYear),
            "August 2026"
        );
        assert_eq!(month_label("2026-01", DateStyle::MonthYear), "January 2026");
        assert_eq!(month_label("2026-01", DateStyle::Month), "January");
    }
}
