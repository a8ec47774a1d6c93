## hosting
## The host's listings: "Your listings", the step-by-step editor, the photo manager, and
## what the server says about a listing form.

## Your listings

hosting-listings-title = Your listings
hosting-create = Create a listing
hosting-listings-deleted = The listing is deleted.
hosting-listings-empty = You have no listings yet. Create one: it takes a few minutes.
hosting-status-listed = Listed
hosting-status-paused = Paused
# Under a listing's title: where it is, its nightly price ($price is formatted), how many
# photos it has and, when there are any, how many stays are to come.
hosting-listing-summary = { $city }, { $country } · { $price } a night · { $photos ->
    [one] { $photos } photo
   *[other] { $photos } photos
}{ $upcoming ->
    [0] {""}
    [one] {" · "}{ $upcoming } upcoming stay
   *[other] {" · "}{ $upcoming } upcoming stays
}
hosting-action-edit = Edit
hosting-action-photos = Photos
hosting-action-calendar = Calendar
hosting-action-guidebook = Guidebook
hosting-pause = Pause
hosting-list = List
# Buttons' names for screen readers: the action and the listing's title.
hosting-pause-named = Pause { $title }
hosting-list-named = List { $title }
hosting-delete-open = Delete…
hosting-delete-warning = Guests will no longer find it. Past stays keep their records.
hosting-delete-named = Delete { $title }

## The editor

hosting-edit-title = Edit your listing
hosting-edit-named = Edit “{ $title }”
hosting-steps = Steps
# A step's heading: its number and its name.
hosting-step-heading = { $number }. { $title }
hosting-step-basics = The basics
hosting-step-location = Location
hosting-step-capacity = Guests and rooms
hosting-step-amenities = Amenities
hosting-step-rules = House rules
hosting-step-pricing = Pricing
hosting-step-booking = Booking settings
hosting-saved = Saved.
hosting-save = Save
hosting-save-continue = Save and continue
hosting-create-listing = Create listing
hosting-discard-changes = Discard unsaved changes
hosting-discard-draft = Discard this draft
# The empty first choice of a list.
hosting-choose = Choose…

hosting-field-title = Title
hosting-field-title-hint = What guests see first: 5 to 120 characters.
hosting-field-property-type = Property type
hosting-field-description = Description
hosting-field-description-hint = The space, the neighbourhood, what makes it special (at least 20 characters).

hosting-place-choices = Which place do you mean?
hosting-field-city = Town or city
hosting-field-city-hint = Type its name and choose it from the list, e.g. “Elvas, Portalegre, Portugal”.
hosting-field-address = Street address
hosting-field-address-hint = Shared with guests once they book.
hosting-where-exactly = Where exactly
hosting-where-exactly-hint = Click the map or type decimal degrees. Leave both empty to use the city centre.
hosting-field-latitude = Latitude
hosting-field-longitude = Longitude
hosting-map-label = Place the listing on the map

hosting-field-guests = Guests
hosting-field-guests-hint = Adults and children; infants are a house rule.
hosting-field-bedrooms = Bedrooms
hosting-field-bedrooms-hint = 0 for a studio.
hosting-field-beds = Beds
hosting-field-bathrooms = Bathrooms
hosting-field-bathrooms-hint = In half steps: 1.5 is a bathroom and a powder room.

hosting-amenities-legend = What guests can use

hosting-field-check-in = Check-in from
hosting-field-check-in-hint = Local time, like 15:00.
hosting-field-check-out = Check-out by
hosting-field-check-out-hint = Local time, like 11:00.
hosting-field-infants = Infants allowed
hosting-field-infants-hint = Under 2; they do not count as guests.
hosting-allowed = Allowed
hosting-allowed-pets = Pets
hosting-allowed-smoking = Smoking
hosting-allowed-events = Events and parties
hosting-field-house-rules = Anything else guests should know

hosting-field-currency = Currency
hosting-currency-usd = US dollar (USD)
hosting-currency-eur = Euro (EUR)
hosting-currency-gbp = Pound sterling (GBP)
hosting-field-price = Price per night
hosting-field-price-hint = Like 120 or 120.50.
hosting-field-weekend-price = Friday and Saturday nights
hosting-field-weekend-price-hint = Optional: leave empty to use the nightly price.
hosting-field-cleaning-fee = Cleaning fee
hosting-field-cleaning-fee-hint = Once per stay. Optional.
hosting-field-weekly-discount = Weekly discount (%)
hosting-field-weekly-discount-hint = For stays of 7 nights or more.
hosting-field-monthly-discount = Monthly discount (%)
hosting-field-monthly-discount-hint = For stays of 28 nights or more.

hosting-booking-mode = How guests book
hosting-booking-mode-instant = Instant book: stays are confirmed at once
hosting-booking-mode-request = Request to book: you accept each stay within 24 hours
hosting-field-min-nights = Shortest stay (nights)
hosting-field-max-nights = Longest stay (nights)
hosting-field-cancellation = Cancellation policy
hosting-policy-flexible = Flexible: full refund up to the day before check-in
hosting-policy-moderate = Moderate: full refund up to 5 days before check-in
hosting-policy-strict = Strict: full refund up to 14 days before check-in, half up to 7
hosting-field-advance-notice = Advance notice (days)
hosting-field-advance-notice-hint = 0 to 30: how soon a stay may start.
hosting-field-preparation = Preparation nights
hosting-field-preparation-hint = 0 to 7 nights kept free after each stay.

## The photo manager

hosting-photos-title = Photos of your listing
hosting-photos-heading = Photos of “{ $title }”
hosting-photos-created = Your listing is created. Add photos, then list it so guests can find it.
hosting-photos-added = { $count ->
    [one] { $count } photo added.
   *[other] { $count } photos added.
}
hosting-photos-too-many = That is one photo too many: a listing can have 20.
hosting-photos-upload-failed = That upload did not work.
# The word between <strong> and </strong> is shown in bold; keep the two marks.
hosting-photos-status-listed = This listing is <strong>listed</strong>: guests can find and book it.
hosting-photos-status-paused = This listing is <strong>paused</strong>: guests cannot find it.
hosting-photos-pause = Pause listing
hosting-photos-list = List it
hosting-photos-add = Add photos
hosting-photos-add-hint = JPEG, PNG or WebP, at least 640 × 480 pixels, up to 10 MB each; up to 20 photos.
hosting-photos-alt = Describe them (for people using screen readers)
hosting-photos-upload = Upload
hosting-photos-empty = No photos yet. Guests book homes they can see: add a few.
hosting-photos-edit-details = Edit details
hosting-photos-back = Back to your listings
hosting-photos-preview = See it as guests do
hosting-photo-cover = Cover photo
hosting-photo-number = Photo { $number }
hosting-photo-resizing = {" · "}resizing…
hosting-photo-make-cover = Make cover
hosting-photo-move-earlier = Move earlier
hosting-photo-move-later = Move later
hosting-photo-delete = Delete
# The same buttons' names for screen readers, with the photo's place in the list.
hosting-photo-make-cover-named = Make cover: photo { $number }
hosting-photo-move-earlier-named = Move earlier: photo { $number }
hosting-photo-move-later-named = Move later: photo { $number }
hosting-photo-delete-named = Delete: photo { $number }

## What the server says about a listing

# What was not found, in "… was not found."
hosting-not-found-listing = Listing
hosting-not-found-photo = Photo
hosting-error-unknown-step = Unknown step.
# $step is a step's name, such as "Location".
hosting-error-check-step = Check the step “{ $step }” first.
hosting-error-needs-photo = Add at least one photo before listing it.
hosting-error-upcoming-stays = { $count ->
    [one] This listing has { $count } upcoming stay: cancel it before deleting it.
   *[other] This listing has { $count } upcoming stays: cancel them before deleting it.
}
hosting-error-too-many-photos = A listing can have at most { $max } photos.

hosting-error-give-title = Give a title.
hosting-error-give-description = Give a description.
hosting-error-give-address = Give the street address.
hosting-error-choose-property-type = Choose a property type.
hosting-error-choose-currency = Choose a currency.
hosting-error-choose-booking-mode = Choose how guests book.
hosting-error-choose-cancellation-policy = Choose a cancellation policy.
hosting-error-too-short = Use at least { $min } characters.
hosting-error-too-long = Use at most { $max } characters ({ $len } now).
hosting-error-control-characters = Remove the control characters.
hosting-error-give-number = Give a number.
hosting-error-number-range = Use a number from { $lo } to { $hi }.
hosting-error-whole-number = Use a whole number, like 2.
hosting-error-amount-too-large = That is more than Haven accepts (1,000,000).
hosting-error-amount = Use an amount like 120 or 120.50.
hosting-error-time = Use a time like 15:00 (on the hour or half hour).
hosting-error-degrees = Use decimal degrees between -{ $limit } and { $limit }.
hosting-error-city-missing = Type the town's name and choose it from the list.
hosting-error-city-unknown = Choose which town you mean from the list, or check the spelling.
hosting-error-both-coordinates = Give both coordinates, or neither.
hosting-error-too-far = That point is more than { $km } km from { $city }: check the coordinates or the city.
hosting-error-bathrooms = Use a number in half steps, like 1 or 1.5.
hosting-error-price-zero = The nightly price must be above zero.
hosting-error-give-price = Give a nightly price.
hosting-error-weekend-price-zero = Leave it empty to use the nightly price.
hosting-error-max-below-min = The longest stay must be at least the shortest.
