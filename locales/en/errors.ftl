## errors
## What went wrong, as pages show it (`AppError`), and the labels of types every part shares.

error-not-found = { $what } was not found.
error-not-found-listing = Listing was not found.
error-not-found-saved-listing = Saved listing was not found.
error-not-found-booking = Booking was not found.
error-not-found-photo = Photo was not found.
error-not-found-review = Review was not found.
error-not-found-conversation = Conversation was not found.
error-not-found-calendar = Calendar was not found.
error-not-found-calendar-feed = Calendar feed was not found.
error-not-found-conflict = Conflict was not found.
error-not-found-guidebook-place = Guidebook place was not found.
error-not-found-plan = Plan was not found.
error-not-found-plan-stop = Plan stop was not found.
error-not-found-payout = Payout was not found.
error-not-found-account = Account was not found.
error-not-found-user = User was not found.
error-unauthorized = Please sign in to continue.
error-forbidden = You are not allowed to do that.
error-email-unverified = Please verify your e-mail address first: follow the link we sent you, or ask for a new one on your account page.
error-check-form = Check the form.
error-rate-limited = { $seconds ->
    [one] Too many attempts. Please wait { $seconds } second and try again.
   *[other] Too many attempts. Please wait { $seconds } seconds and try again.
}
error-unavailable = Haven is having trouble reaching its database. Please try again in a moment.
error-internal = Something went wrong on our side. Please try again.
# $detail: the technical reason, as the browser or the server gave it (in English).
error-transport = Could not reach Haven: { $detail }
error-invalid-request = Invalid request: { $detail }

## Typed amounts (prices, fees)
error-amount-negative = An amount cannot be negative.
error-amount-malformed = Enter an amount such as 120 or 99.50.
error-amount-too-large = Enter at most { $max }.

## Calendar sync
error-feed-name-missing = Name the calendar, e.g. “Airbnb”.
error-feed-name-too-long = Use at most { $max } characters, on one line.
# When a calendar was last synced: a date and a time of day, in UTC.

## The listing editor's steps and choices
label-step-basics = The basics
label-step-location = Location
label-step-capacity = Guests and rooms
label-step-amenities = Amenities
label-step-rules = House rules
label-step-pricing = Pricing
label-step-booking = Booking settings
label-policy-flexible = Flexible: full refund up to the day before check-in
label-policy-moderate = Moderate: full refund up to 5 days before check-in
label-policy-strict = Strict: full refund up to 14 days before check-in, half up to 7
