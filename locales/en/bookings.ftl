## bookings
## Trips, one trip (also the host's view of a booking), the host's reservations and
## calendar, the notifications, and what the booking engine tells people.

## Where a booking stands.
booking-status-pending = Waiting for the host
booking-status-confirmed = Confirmed
booking-status-declined = Declined
booking-status-expired = Expired
booking-status-cancelled = Cancelled
booking-status-completed = Completed

# A stay in a list: dates (already written as the language writes dates), nights, guests.
booking-stay-line = { $check_in } to { $check_out } · { $nights ->
    [one] 1 night
   *[other] { $nights } nights
} · { $guests ->
    [one] 1 guest
   *[other] { $guests } guests
}
# A moment in UTC: $date ("Nov 23, 2026") and $time ("2:05 PM") are already formatted.
booking-guests = { $guests ->
    [one] 1 guest
   *[other] { $guests } guests
}
booking-row-guest = Guest: { $name }
booking-row-host = Host: { $name }

## Trips (/trips).
booking-trips-title = Trips
booking-trips-empty = No trips yet.
booking-trips-find = Find a place to stay
booking-trips-upcoming = Upcoming
booking-trips-waiting = Waiting for the host
booking-trips-past = Past
booking-trips-cancelled = Cancelled and declined

## One trip (/trips/:id).
booking-trip-title = Your trip
booking-trip-requested = Request sent. The host has 24 hours to answer.
booking-trip-booked = Booked. Have a good trip!
booking-view-listing = View the listing
booking-messages = Messages
booking-waiting-until = Waiting for the host's answer until { $time }.
booking-your-guest = Your guest
booking-your-host = Your host
# Followed by the host's e-mail address, as a link.
booking-contact = Contact:
booking-guest-message = Message: { $text }
booking-history = History
# One change in the booking's history: when, the new status ($status, already
# translated), who made it ($by: guest, host or system) and why ($reason).
booking-history-line = { $time }: { $status } by the { $by ->
    [guest] guest
    [host] host
   *[system] system
} ({ $reason })
booking-price = Price
booking-total = Total
booking-refunded = Refunded
booking-accept = Accept
booking-decline = Decline
booking-cancel-open = Cancel…
# $rule is one of the booking-refund-* sentences.
booking-refund-preview = You get { $refund } back. { $rule }
booking-cancel-reason = Reason (optional)
booking-cancel-submit = Cancel this booking

## The lines of a booking's price.
booking-line-nights = { $nights ->
    [one] 1 night
   *[other] { $nights } nights
}
booking-line-weekly-discount = Weekly discount
booking-line-monthly-discount = Monthly discount
booking-line-cleaning = Cleaning fee
booking-line-service = Haven service fee
booking-line-taxes = Taxes

## What a cancellation refunds, and why.
booking-refund-unconfirmed = A request that was never confirmed is not charged.
booking-refund-host-cancelled = The host cancelled: the guest gets everything back.
booking-refund-full = Cancelled in time for a full refund.
booking-refund-half-moderate = Less than 5 days before check-in: half of the stay is refunded, not the service fee.
booking-refund-half-strict = Less than 14 days before check-in: half of the stay is refunded, not the service fee.
booking-refund-none = Too close to check-in for a refund under this listing's policy.

## The reasons Haven gives in a booking's history.
booking-reason-requested = Requested.
booking-reason-instant-book = Booked with instant book.
booking-reason-accepted = Accepted by the host.
booking-reason-declined = Declined by the host.
booking-reason-expired = The host did not answer within 24 hours.
booking-reason-stay-over = The stay is over.
booking-reason-cancelled-by-host = Cancelled by the host.
booking-reason-cancelled-by-guest = Cancelled by the guest.

## The trip pass: what the guest needs on arrival.
booking-pass = Trip pass
booking-pass-code = Confirmation code
booking-pass-check-in = Check-in
booking-pass-check-out = Check-out
# $date and $time are already formatted.
booking-pass-check-in-after = { $date } after { $time }
booking-pass-check-out-before = { $date } before { $time }
booking-pass-address = Address
booking-pass-guests = Guests
booking-pass-host = Host

## Notifications (/notifications).
booking-notifications-title = Notifications
booking-notifications-read = Mark all read
booking-notifications-empty = Nothing yet. News about your bookings shows here.

## Reservations (/host/reservations).
booking-reservations-title = Reservations
booking-reservations-empty = No bookings of your listings yet.
# $time: the deadline, in the reader's time zone.
booking-answer-by = Answer by { $time }
booking-accept-request = Accept the request for { $listing }
booking-requests = Requests
booking-requests-none = No requests waiting.
booking-upcoming-stays = Upcoming stays
booking-past-and-cancelled = Past and cancelled

## A listing's calendar (/host/listings/:id/calendar).
booking-calendar-title = Calendar
booking-calendar-back = ← Your listings
booking-calendar-sync = Sync with other sites (iCalendar)
booking-calendar-updated = Calendar updated.
booking-calendar-no-nights = No nights to show.
booking-calendar-previous = ← Previous
booking-calendar-next = Next →
booking-calendar-nights = Nights
# One night, for screen readers: its date, whether it is booked, blocked or open, and its price.
booking-calendar-night = { $date }: { $state ->
    [booked] booked
    [blocked] blocked
   *[open] open
}, { $price }
booking-calendar-booked-link = Booked
booking-calendar-change-nights = Change nights
booking-calendar-first-night = First night
booking-calendar-until = Until (the morning after the last night)
booking-calendar-change = Change
booking-calendar-block = Block these nights
booking-calendar-open = Open these nights
booking-calendar-set-price = Set a price for these nights
booking-calendar-reset-price = Use the usual price
booking-calendar-price = Price a night (for “Set a price”)
booking-calendar-save = Save
booking-calendar-bad-price = Enter a price like 120 or 120.50.
booking-calendar-unknown-change = Unknown calendar change.
booking-calendar-bad-date = Use a date like 2026-12-24.
booking-calendar-no-change = Give at least one change.
booking-calendar-too-many-changes = Send at most { $max } changes at a time.
booking-calendar-to-before-from = `to` must be after `from`.
booking-calendar-too-many-nights = Change at most { $max } nights at a time.
booking-calendar-price-range = A night's price must be between 0.01 and 100,000.00.
booking-calendar-price-and-reset = Set a price or reset it, not both.
booking-calendar-nothing-to-change = Say what to change: `blocked`, `price_minor` or `reset_price`.
booking-calendar-past = Nights in the past cannot change.
booking-calendar-too-far = The calendar reaches two years ahead.
booking-calendar-booked = Some of those nights are booked; they cannot be blocked.
booking-calendar-out-of-range = Choose a first night within a year back and two years ahead.

## What booking refuses.
booking-error-unknown-action = Unknown action.
booking-error-no-listing = Choose a listing.
booking-error-special-requests = Keep special requests under { $max } characters.
booking-error-nights-taken = Those nights were just booked or blocked. Choose other dates.
booking-error-key-reused = This Idempotency-Key was used for a different booking request.
booking-error-own-listing = You cannot book your own listing.
booking-error-request-expired = This request has expired.
booking-error-stay-over = This stay is over and can no longer be cancelled.
booking-error-payment = The payment could not be completed.
# $status: pending, confirmed, declined, expired, cancelled or completed.
booking-refused-answer = Only a pending request can be answered; this booking is { $status ->
    [pending] pending
    [confirmed] confirmed
    [declined] declined
    [expired] expired
    [cancelled] cancelled
   *[completed] completed
}.
booking-refused-cancel = This booking is { $status ->
    [pending] pending
    [confirmed] confirmed
    [declined] declined
    [expired] expired
    [cancelled] cancelled
   *[completed] completed
} and can no longer be cancelled.
booking-refused = This booking is { $status ->
    [pending] pending
    [confirmed] confirmed
    [declined] declined
    [expired] expired
    [cancelled] cancelled
   *[completed] completed
}.

## Notices (the bell and e-mails). $listing is the listing's title; $check_in and
## $check_out are already written as the language writes dates.
booking-notice-new-reservation = New reservation
booking-notice-new-reservation-body = { $guest } booked { $listing } for { $check_in } to { $check_out }.
booking-notice-stay-booked = Your stay is booked
booking-notice-stay-booked-body = { $listing }, { $check_in } to { $check_out }. Have a good trip!
booking-notice-new-request = New booking request
booking-notice-new-request-body = { $guest } asks to stay at { $listing } for { $check_in } to { $check_out }. Answer within 24 hours.
booking-notice-accepted = Your request was accepted
booking-notice-accepted-body = { $host } accepted your stay at { $listing }, { $check_in } to { $check_out }.
booking-notice-declined = Your request was declined
booking-notice-declined-body = { $host } cannot host you at { $listing } for { $check_in } to { $check_out }. You were not charged.
booking-notice-expired = Your request expired
booking-notice-expired-body = { $host } did not answer in time for { $listing }, { $check_in } to { $check_out }. You were not charged.
booking-notice-expired-for-host = A request expired
booking-notice-expired-for-host-body = { $guest }'s request for { $listing }, { $check_in } to { $check_out }, expired unanswered.
booking-notice-host-cancelled = Your host cancelled
booking-notice-host-cancelled-body = { $host } cancelled your stay at { $listing }, { $check_in } to { $check_out }.
booking-notice-host-cancelled-refund-body = { $host } cancelled your stay at { $listing }, { $check_in } to { $check_out }. { $refund } is refunded.
booking-notice-guest-cancelled = A guest cancelled
booking-notice-guest-cancelled-body = { $guest } cancelled their stay at { $listing }, { $check_in } to { $check_out }.

## A host's payouts (the dashboard).
booking-payout-scheduled = Scheduled
booking-payout-paid = Paid
booking-charged-in = Charged in { $currency }, the listing’s currency.
