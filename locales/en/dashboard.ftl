## dashboard
## The owner's dashboard (/host): the period's figures, the charts, each listing, the
## "Today" panel and the payouts.

dashboard-title = Dashboard
dashboard-nav = Hosting
dashboard-nav-reservations = Reservations
dashboard-nav-listings = Your listings
dashboard-loading = Adding up your figures…
# The period the figures cover: two dates.
dashboard-performance = Performance, { $from } to { $to }
dashboard-trends = Trends
dashboard-listings = Listings

## The period and listing chooser.

dashboard-controls = Period and listing
dashboard-period = Period
dashboard-period-7d = Last 7 days
dashboard-period-30d = Last 30 days
dashboard-period-90d = Last 90 days
dashboard-period-365d = Last 365 days
dashboard-period-next30 = Next 30 days (booked so far)
dashboard-period-next90 = Next 90 days (booked so far)
dashboard-period-months = Months
dashboard-period-custom = The dates below
dashboard-from = From
dashboard-to = To
dashboard-listing = Listing
dashboard-all-listings = All listings
dashboard-chart-by = Chart by
dashboard-granularity-day = Day
dashboard-granularity-week = Week
dashboard-granularity-month = Month
dashboard-show = Show

## Errors of the chooser (shown next to its fields).

dashboard-error-period = Choose 7d, 30d, 90d, 365d, next30, next90 or a month like 2026-11.
dashboard-error-date = Use a date like 2026-11-30.
dashboard-error-end-before-start = The end comes before the start.
dashboard-error-too-long = Ask about at most { $days } days at a time.
dashboard-error-first-date = Give the first date too.
dashboard-error-last-date = Give the last date too.
dashboard-error-listing = A listing id is a positive number.
dashboard-error-granularity = Choose day, week or month.

## Downloads.

dashboard-exports = Download CSV:
dashboard-export-reservations = Reservations (CSV)
dashboard-export-earnings = Earnings lines (CSV)

## How figures are written.

# A rate: "63 %".
dashboard-percent = { $percent } %
# An amount with its currency's code: "$1,234.50 USD".
dashboard-amount-with-code = { $amount } { $code }
# Durations: "2 d 4 h", "1 h 05 min", "3 min".
dashboard-duration-days = { $days } d { $hours } h
dashboard-duration-hours = { $hours } h { $minutes } min
dashboard-duration-minutes = { $minutes } min
# The change of a rate in percentage points ($sign is +, − or ±): "+3.1 pts".
dashboard-change-points = { $sign }{ $points } pts
# The change of an amount or a count in per cent: "+12 %".
dashboard-change-percent = { $sign }{ $percent } %

## The figures' cards.

dashboard-kpis = Figures for the period
dashboard-kpi-occupancy = Occupancy
dashboard-kpi-adr = Average daily rate
dashboard-kpi-revpar = RevPAR
dashboard-kpi-revenue = Revenue
dashboard-kpi-earnings = Your earnings
dashboard-kpi-booked-nights = Booked nights
dashboard-kpi-average-stay = Average stay
dashboard-kpi-lead-time = Lead time
dashboard-kpi-cancellation-rate = Cancellation rate
dashboard-kpi-acceptance-rate = Acceptance rate
dashboard-kpi-views = Listing views
dashboard-kpi-conversion = View-to-booking
dashboard-kpi-nights = { $nights ->
    [one] { $nights } night
   *[other] { $nights } nights
}
dashboard-kpi-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
# $change: "+12 %" or "−0.4 pts".
dashboard-kpi-vs-before = { $change } on the period before
dashboard-kpi-vs-before-none = No comparison on the period before
dashboard-kpi-vs-year = { $change } on a year earlier
dashboard-kpi-vs-year-none = No comparison on a year earlier
dashboard-kpi-summary = Gross booking value { $gross }. { $requests ->
    [one] { $requests } booking request
   *[other] { $requests } booking requests
}, answered in { $median } (median). Amounts in { $currency }, each booking at the exchange rate of the day it was made.

## Each listing's figures.

dashboard-table-caption = Each listing over the period (amounts in { $currency }). Choose a heading to sort.
dashboard-col-listing = Listing
dashboard-col-booked = Booked nights
dashboard-col-occupancy = Occupancy
# Average daily rate, as the trade abbreviates it.
dashboard-col-adr = ADR
dashboard-col-revpar = RevPAR
dashboard-col-revenue = Revenue
dashboard-col-earnings = Earnings
dashboard-col-stays = Stays
dashboard-col-cancellations = Cancellation rate
dashboard-col-views = Views

## The dashboard's charts.

dashboard-earnings-title = Earnings by month, { $year } against { $last_year }
dashboard-earnings-x = Month
dashboard-earnings-y = Earnings
dashboard-occupancy-title = { $unit ->
    [day] Occupancy by day
    [week] Occupancy by week
   *[month] Occupancy by month
}
# The header of the column of the buckets' first days (or of months).
dashboard-occupancy-x = { $unit ->
    [day] The day from
    [week] The week from
   *[month] Month
}
dashboard-occupancy-y = Occupancy
dashboard-occupancy-now = This period
dashboard-occupancy-earlier = A year earlier
dashboard-lead-title = Lead time: how far ahead stays were booked
dashboard-lead-x = Booked ahead
dashboard-lead-count = Stays
# Lead time bins: "3 days", "0–6 days", "180+ days".
dashboard-lead-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
dashboard-lead-range = { $from }–{ $to } days
dashboard-lead-open = { $from }+ days

## Any chart (components/charts).

dashboard-chart-empty = No data for this period
dashboard-chart-show-data = Show the data
# What a screen reader hears for "Show the data".
dashboard-chart-show-data-named = Show the data: { $title }
dashboard-chart-no-data = No data
# A series or an axis with its unit: "2026 (EUR)".
dashboard-chart-with-unit = { $name } ({ $unit })
dashboard-chart-kind = { $kind ->
    [bars] Bar chart
    [lines] Line chart
   *[histogram] Histogram
}
# The first sentence a screen reader hears about a chart. $chart is dashboard-chart-kind,
# $series the series' names ("2026 and 2025").
dashboard-chart-summary-range = { $chart } of { $series }, { $first } to { $last }.
dashboard-chart-summary-one = { $chart } of { $series }, { $label }.
dashboard-chart-summary-none = { $chart }.
# The last two of a list of names: "2024, 2025 and 2026".
dashboard-chart-series-list = { $init } and { $last }
dashboard-chart-highest = Highest: { $point }.
dashboard-chart-table-note = The table after the chart lists every value.
# A bar or point as a screen reader names it: "August: €4,210", "August, 2026: €4,210".
dashboard-chart-point = { $label }: { $value }
dashboard-chart-point-series = { $label }, { $series }: { $value }
dashboard-chart-percent = { $percent }%
# Axis ticks: "€250"; large steps in millions and billions ("2.5M", "€2B").
dashboard-chart-money-tick = { $symbol }{ $number }
dashboard-chart-millions = { $number }M
dashboard-chart-billions = { $number }B

## The "Today" panel.

dashboard-today = Today
dashboard-today-loading = Looking at your day…
dashboard-today-check-ins = Check-ins
dashboard-today-check-outs = Check-outs
dashboard-today-when-today = Today ({ $count })
dashboard-today-when-tomorrow = Tomorrow ({ $count })
dashboard-today-arrivals-today = Check-ins today
dashboard-today-arrivals-tomorrow = Check-ins tomorrow
dashboard-today-no-arrivals-today = No arrivals today
dashboard-today-no-arrivals-tomorrow = No arrivals tomorrow
dashboard-today-departures-today = Check-outs today
dashboard-today-departures-tomorrow = Check-outs tomorrow
dashboard-today-no-departures-today = No departures today
dashboard-today-no-departures-tomorrow = No departures tomorrow
dashboard-today-staying = Staying tonight ({ $count })
dashboard-today-staying-list = Staying tonight
dashboard-today-no-staying = No guests staying tonight
dashboard-today-requests = Requests waiting ({ $count })
dashboard-today-requests-list = Requests waiting
dashboard-today-no-requests = No requests waiting
dashboard-today-messages = Messages
dashboard-today-no-unread = No unread messages
dashboard-today-unread = { $count ->
    [one] { $count } conversation with unread messages
   *[other] { $count } conversations with unread messages
}
dashboard-today-reviews = Reviews due ({ $count })
dashboard-today-reviews-list = Reviews due
dashboard-today-no-reviews = No reviews due
# A list cut short: a link to every reservation.
dashboard-today-more = and { $count } more
dashboard-today-stay = { $check_in } to { $check_out } · { $guests ->
    [one] { $guests } guest
   *[other] { $guests } guests
}
dashboard-today-answer = Answer { $name }
# $duration: "1 h 05 min".
dashboard-today-left = { $duration } left
dashboard-today-review = Review { $name }
dashboard-today-review-dates = Left { $check_out } · reviews close { $closes_on }
dashboard-today-review-left = { $days ->
    [0] last day
    [one] { $days } day left
   *[other] { $days } days left
}

## Payouts.

dashboard-payouts = Payouts
dashboard-payouts-rule = A stay's share is released at the first midnight (UTC) at least 24 hours after the stay ends, or after a cancellation for what you kept, and paid with the other shares released at that time.
dashboard-payouts-loading = Gathering your payouts…
dashboard-payouts-totals-caption = Your payouts by currency: paid, scheduled, and still to come.
dashboard-payouts-col-currency = Currency
dashboard-payouts-col-paid = Paid
dashboard-payouts-col-scheduled = Scheduled
dashboard-payouts-col-upcoming = Upcoming
dashboard-payouts-list = Scheduled and paid
dashboard-payouts-none = No payouts yet: they follow your first completed stay.
dashboard-payouts-caption = Scheduled payouts, then paid ones, newest first (dates in UTC), with the stays each covers.
dashboard-payouts-col-date = Date
dashboard-payouts-col-status = Status
dashboard-payouts-col-amount = Amount
dashboard-payouts-col-reference = Reference
dashboard-payouts-col-stays = Stays
dashboard-payouts-pages = Payout pages
dashboard-payouts-older = Older payouts
dashboard-payouts-latest = Latest payouts
dashboard-payouts-upcoming = Upcoming
dashboard-payouts-no-upcoming = No confirmed stays waiting to be paid.
dashboard-payouts-upcoming-caption = Confirmed stays by expected release (UTC), with what each will pay you.
dashboard-payouts-col-release = Expected release
dashboard-payouts-later = Later releases are counted in the totals above.
dashboard-payout-paid-on = Paid { $date }
dashboard-payout-released-on = Released { $date }
# $id is the booking's number.
dashboard-payout-booking = Booking { $id }
dashboard-payout-stay = { $listing }, { $check_in } to { $check_out }: { $amount }
dashboard-payout-stay-cancelled = { $listing }, { $check_in } to { $check_out }: { $amount } (cancelled: what you kept)
