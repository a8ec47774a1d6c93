## catalog: the home page, search, a listing page (its stay, calendar and house rules),
## the offline page, and the search's and the stay's messages.

# Shared by the search form and the listing's stay form.
catalog-check-in = Check in
catalog-check-out = Check out
catalog-adults = Adults
catalog-children = Children
catalog-infants = Infants
catalog-pets = Pets
catalog-nights = { $count ->
    [one] 1 night
   *[other] { $count } nights
}
# Between the items of a short list ("2 adults, 1 pet").
catalog-list-separator = {", "}

## The home page.

catalog-home-description = Find and book homes, cabins and apartments for your next trip on Haven.
catalog-home-title = Stay somewhere that feels like yours
catalog-home-lead = Homes, cabins and apartments in cities, mountains and on the coast, hosted by people who live there.
catalog-home-search-label = Where to? Name a place, or describe the trip
catalog-home-search-placeholder = Try: cabin for 6 near Aspen in March, 5 nights
catalog-home-picks = Picked for you
catalog-home-featured = Featured stays
catalog-home-empty = No stays are listed yet. Check back soon.

## The search page.

catalog-search-title = Search stays
catalog-search-title-place = Stays in { $place }
catalog-search-description = Search homes, cabins and apartments by place, dates, guests and price.
catalog-search-button = Search
catalog-search-searching = Searching…
catalog-search-check = Check the search:
catalog-search-where = Where, or describe your trip
catalog-search-where-placeholder = Lisbon, or: 2 adults in Lisbon next weekend
catalog-search-filters = Filters
catalog-search-min-price = Min price a night
catalog-search-max-price = Max price a night
catalog-search-type = Type of place
catalog-search-any-type = Any type
catalog-search-bedrooms = Bedrooms
catalog-search-rating = Guest rating
catalog-search-any = Any
# A minimum in a list of choices: "3+" bedrooms, "4.5+" stars.
catalog-search-at-least = { $count }+
catalog-search-amenities = Amenities
catalog-search-instant-only = Instant book only
catalog-search-sort = Sort by
catalog-search-count = { $count ->
    [0] No stays match
    [one] 1 stay
   *[other] { $count } stays
}
catalog-search-results-heading = Results
catalog-search-results = Search results
catalog-search-pages = Pages
catalog-search-previous = ← Previous
catalog-search-next = Next →
catalog-search-page = Page { $page } of { $pages }

catalog-sort-recommended = Recommended
catalog-sort-rating = Guest rating
catalog-sort-price-asc = Price: low to high
catalog-sort-price-desc = Price: high to low
catalog-sort-newest = Newest
catalog-sort-distance = Distance

## The search as chips, each removing itself.

catalog-chips-label = Your search
# $label: the chip's own text.
catalog-chip-remove = Remove { $label }
# $words: the words of a sentence that set nothing, each quoted, in a list.
catalog-chips-unused = Not used in the search: { $words }
catalog-chips-unused-word = “{ $word }”
# $check_in, $check_out: dates ("Jan 22 – Jan 24, 2027").
catalog-chip-dates = { $check_in } – { $check_out }
catalog-chip-adults = { $count ->
    [one] 1 adult
   *[other] { $count } adults
}
catalog-chip-children = { $count ->
    [one] 1 child
   *[other] { $count } children
}
catalog-chip-infants = { $count ->
    [one] 1 infant
   *[other] { $count } infants
}
catalog-chip-pets = { $count ->
    [one] 1 pet
   *[other] { $count } pets
}
# $min, $max: amounts with their currency.
catalog-chip-price-range = { $min }–{ $max } a night
catalog-chip-price-from = From { $min } a night
catalog-chip-price-up-to = Up to { $max } a night
catalog-chip-bedrooms = { $count }+ bedrooms
catalog-chip-beds = { $count }+ beds
catalog-chip-bathrooms = { $count }+ bathrooms
catalog-chip-instant-book = Instant book
catalog-chip-stars = { $count }+ stars

## What is wrong with a search (each names its field on the form).

catalog-search-error-destination = Shorten the destination to { $max } characters.
catalog-search-error-currency = Choose USD, EUR or GBP.
# $bound is "min" or "max".
catalog-search-error-price-negative = { $bound ->
    [min] Minimum price: it cannot be negative.
   *[max] Maximum price: it cannot be negative.
}
catalog-search-error-price-malformed = { $bound ->
    [min] Minimum price: enter an amount such as 120 or 99.50.
   *[max] Maximum price: enter an amount such as 120 or 99.50.
}
catalog-search-error-price-too-large = { $bound ->
    [min] Minimum price: at most 1,000,000 a night.
   *[max] Maximum price: at most 1,000,000 a night.
}
catalog-search-error-price-order = The minimum price is above the maximum.
# $value: what was asked for, as typed.
catalog-search-error-type = “{ $value }” is not a property type Haven knows.
catalog-search-error-amenity = “{ $value }” is not an amenity Haven knows.
catalog-search-error-bathrooms = Enter a number of bathrooms from 0 to { $max }.
catalog-search-error-instant = Instant book is true or false.
catalog-search-error-rating = A minimum rating is a number of stars from 1 to 5, such as 4 or 4.5.
# The sort keys are written as the URL has them.
catalog-search-error-sort = Sort by recommended, rating, price_asc, price_desc, newest or distance.
catalog-search-error-distance = Sorting by distance needs a map area or a point with a radius.
catalog-search-error-whole = Use a whole number from 1 to { $max }.
catalog-search-error-depth = That page is too deep: narrow the search to see these results.
# The parameters (bbox, lat, lng, radius_km) are written as the URL has them.
catalog-search-error-area-and-point = Search a map area or around a point, not both.
catalog-search-error-area-format = The map area is west,south,east,north in degrees.
catalog-search-error-area-outside = The map area is outside the world: longitudes run from -180 to 180, latitudes from -90 to 90.
catalog-search-error-area-empty = The map area is empty: south must be below north, and west differ from east.
catalog-search-error-radius = The radius is more than 0 and at most { $max } km.
catalog-search-error-point-format = The point is lat (-90 to 90), lng (-180 to 180) and radius_km in numbers.
catalog-search-error-point-partial = A point search needs lat, lng and radius_km together.

## When nothing matches: the one change that would find something.

catalog-relax-dates = Try other dates: nothing is free for every night of this stay.
catalog-relax-price = Try widening the price range.
catalog-relax-amenities = Try fewer amenities.
catalog-relax-property-type = Try more property types.
catalog-relax-instant-book = Try including homes that answer requests, not only instant book.
catalog-relax-rooms = Try fewer bedrooms, beds or bathrooms.
catalog-relax-rating = Try a lower minimum rating.
catalog-relax-guests = Try fewer guests: no home here fits everyone.
catalog-relax-area = Try zooming out or moving the map.
catalog-relax-destination = Nothing is listed there yet: try a nearby city or a country.
catalog-relax-filters = Try removing some filters.

## Who comes along, and the dates of a stay (each names its field on the form).

# $field: which count, as the form names it: adults, guests, children, infants, pets,
# bedrooms or beds.
catalog-count-not-whole = { $field ->
    [adults] Enter the number of adults as a whole number.
    [guests] Enter the number of guests as a whole number.
    [children] Enter the number of children as a whole number.
    [infants] Enter the number of infants as a whole number.
    [pets] Enter the number of pets as a whole number.
    [bedrooms] Enter the number of bedrooms as a whole number.
    [beds] Enter the number of beds as a whole number.
   *[other] Enter a whole number.
}
catalog-count-negative = { $field ->
    [adults] The number of adults cannot be negative.
    [guests] The number of guests cannot be negative.
    [children] The number of children cannot be negative.
    [infants] The number of infants cannot be negative.
    [pets] The number of pets cannot be negative.
    [bedrooms] The number of bedrooms cannot be negative.
    [beds] The number of beds cannot be negative.
   *[other] The number cannot be negative.
}
catalog-count-too-many = { $field ->
    [adults] At most { $max } adults.
    [guests] At most { $max } guests.
    [children] At most { $max } children.
    [infants] At most { $max } infants.
    [pets] At most { $max } pets.
    [bedrooms] At most { $max } bedrooms.
    [beds] At most { $max } beds.
   *[other] At most { $max }.
}
catalog-guests-adult-needed = At least one adult must come along.
catalog-dates-missing = Choose check-in and check-out dates.
catalog-dates-order = Check-out must be after check-in.
catalog-dates-too-long = A stay can last at most { $max } nights.
catalog-dates-check-in-format = Enter the check-in date as YYYY-MM-DD.
catalog-dates-check-out-format = Enter the check-out date as YYYY-MM-DD.
catalog-dates-check-in-missing = Choose a check-in date too.
catalog-dates-check-out-missing = Choose a check-out date too.
catalog-dates-past = Check-in cannot be in the past.
catalog-dates-too-far = Check-in can be at most two years ahead.

## A listing's rules for a stay.

catalog-rule-max-guests = { $count ->
    [one] This home sleeps at most 1 guest.
   *[other] This home sleeps at most { $count } guests.
}
catalog-rule-max-infants = { $count ->
    [one] This home has room for at most 1 infant.
   *[other] This home has room for at most { $count } infants.
}
catalog-rule-no-pets = Pets are not allowed here.
catalog-rule-min-nights = { $count ->
    [one] The minimum stay here is 1 night.
   *[other] The minimum stay here is { $count } nights.
}
catalog-rule-max-nights = { $count ->
    [one] The maximum stay here is 1 night.
   *[other] The maximum stay here is { $count } nights.
}
catalog-rule-notice = { $count ->
    [one] This host needs a day's notice: check in tomorrow or later.
   *[other] This host needs { $count } days' notice before check-in.
}
catalog-rule-window = { $count ->
    [one] This home takes bookings up to 1 day ahead.
   *[other] This home takes bookings up to { $count } days ahead.
}

## The listing page.

# $city, $state, $country: where the listing is.
catalog-listing-place = { $city }, { $country }
catalog-listing-place-state = { $city }, { $state }, { $country }
# $kind: the kind of home ("Apartment"); $host: the host's name.
catalog-listing-hosted-by = { $kind } hosted by { $host }
# $guests, $bedrooms, $beds: whole numbers; $baths may be a half (1.5).
catalog-capacity = { $guests ->
        [one] 1 guest
       *[other] { $guests } guests
    } · { $bedrooms ->
        [0] Studio
        [one] 1 bedroom
       *[other] { $bedrooms } bedrooms
    } · { $beds ->
        [one] 1 bed
       *[other] { $beds } beds
    } · { $baths ->
        [one] 1 bath
       *[other] { $baths } baths
    }
catalog-listing-about = About this place
catalog-listing-amenities = What this place offers
catalog-listing-price = Price
# $price: the nightly price with its currency.
catalog-listing-price-night = { $price } night
catalog-listing-cleaning-fee = Cleaning fee
catalog-listing-guests = Guests
catalog-listing-up-to = up to { $count }
catalog-listing-min-stay = Minimum stay
catalog-listing-instant = Instant book: no need to wait for the host.

catalog-host-heading = Meet your host, { $name }
# $year: the year the host joined; $count: their listings.
catalog-host-since = Hosting on Haven since { $year } · { $count ->
    [one] 1 listing
   *[other] { $count } listings
}
# After the host's badge.
catalog-host-badge = Experienced, highly rated and responsive.
catalog-host-contact = Contact host

catalog-where-heading = Where you’ll be
catalog-where-map = Map of the area around { $city }
# $place: the city, region and country.
catalog-where-note = In { $place }. The map shades the neighbourhood, not the exact address.

catalog-rules-heading = House rules
# $time: a time of day ("3:00 PM").
catalog-rules-check-in = Check in after { $time }
catalog-rules-check-out = Check out before { $time }
catalog-rules-pets = Pets allowed
catalog-rules-no-pets = No pets
catalog-rules-smoking = Smoking allowed
catalog-rules-no-smoking = No smoking
catalog-rules-events = Events allowed
catalog-rules-no-events = No parties or events
catalog-rules-infants = { $count ->
    [0] No infants
    [one] Room for 1 infant
   *[other] Room for { $count } infants
}
catalog-rules-policy = Cancellation policy: { $policy }
catalog-policy-flexible = Flexible
catalog-policy-flexible-rule = Full refund if you cancel at least a day before check-in; no refund on the day.
catalog-policy-moderate = Moderate
catalog-policy-moderate-rule = Full refund if you cancel at least 5 days before check-in; half of the stay (not the service fee) 1 to 4 days before; no refund on the day.
catalog-policy-strict = Strict
catalog-policy-strict-rule = Full refund if you cancel at least 14 days before check-in; half of the stay (not the service fee) 7 to 13 days before; no refund after that.

## The stay on a listing page: its form, its price and the reserve form.

catalog-stay-label = Your stay
catalog-stay-check-price = Check price
catalog-stay-pricing = Working out the price…
catalog-stay-choose-dates = Choose dates to see the total.
catalog-quote-label = Price for your stay
# $price: one night's price; $nights: how many.
catalog-quote-nights-at = { $price } × { $nights ->
    [one] 1 night
   *[other] { $nights } nights
}
catalog-quote-weekly-discount = Weekly discount
catalog-quote-monthly-discount = Monthly discount
catalog-quote-service-fee = Haven service fee
catalog-quote-taxes = Taxes
catalog-quote-total = Total
catalog-quote-per-night = Price per night
catalog-quote-taken = Some of those nights are taken. Try other dates.

catalog-reserve-label = Book this stay
catalog-reserve-message = Message to the host (optional)
# $link: catalog-reserve-sign-in-link, a link to the sign-in page.
catalog-reserve-sign-in = { $link } to book.
catalog-reserve-sign-in-link = Sign in
catalog-reserve-instant = Reserve
catalog-reserve-request = Request to book
catalog-reserve-instant-note = Booked at once. You are charged when you reserve.
catalog-reserve-request-note = The host answers within 24 hours. You are charged only if they accept.

## The calendar of a listing, which is also its date picker.

catalog-calendar-heading = Availability
catalog-calendar-loading = Loading the calendar…
catalog-calendar-unavailable = The calendar is not available right now.
catalog-calendar-rule-up-to = { $max ->
    [one] Stays of up to 1 night.
   *[other] Stays of up to { $max } nights.
}
catalog-calendar-rule = Stays of { $min } to { $max } nights.
catalog-calendar-taken = Struck-through nights are taken.
catalog-calendar-choose-check-in = Choose a day to check in.
catalog-calendar-choose-check-out = Now choose your check-out day.
# $date: a day ("Dec 7"); $state: available, unavailable or past.
catalog-calendar-day = { $date }, { $state ->
    [available] available
    [unavailable] unavailable
   *[past] past
}
# $date: a full date ("Monday, December 7, 2026").
catalog-calendar-arrive = Arrive on { $date }
catalog-calendar-leave = Leave on { $date }
# $choice: catalog-calendar-arrive or catalog-calendar-leave.
catalog-calendar-selected = { $choice }, selected
catalog-calendar-more = Show the next ten months

## The offline page (what the service worker shows for a page it never saved).

catalog-offline-title = Offline
catalog-offline-heading = You are offline
catalog-offline-lead = Haven cannot reach the internet right now, and this page was not saved on this device.
catalog-offline-saved = Pages you have opened before, such as your trips and the listings you looked at, still open without a connection.
catalog-offline-trips = Your trips
catalog-offline-home = Home
catalog-offline-retry = Try again


## Kinds of home and amenities.

catalog-type-apartment = Apartment
catalog-type-house = House
catalog-type-condo = Condo
catalog-type-loft = Loft
catalog-type-villa = Villa
catalog-type-cabin = Cabin
catalog-type-cottage = Cottage
catalog-type-townhouse = Townhouse
catalog-type-bungalow = Bungalow
catalog-type-chalet = Chalet
catalog-type-guesthouse = Guesthouse
catalog-type-tiny-home = Tiny home
catalog-type-home = Home

catalog-amenity-wifi = Wi-Fi
catalog-amenity-kitchen = Kitchen
catalog-amenity-washer = Washer
catalog-amenity-dryer = Dryer
catalog-amenity-air-conditioning = Air conditioning
catalog-amenity-heating = Heating
catalog-amenity-dedicated-workspace = Dedicated workspace
catalog-amenity-tv = TV
catalog-amenity-free-parking = Free parking on premises
catalog-amenity-paid-parking = Paid parking
catalog-amenity-pool = Pool
catalog-amenity-hot-tub = Hot tub
catalog-amenity-ev-charger = EV charger
catalog-amenity-gym = Gym
catalog-amenity-bbq-grill = BBQ grill
catalog-amenity-patio = Patio or balcony
catalog-amenity-fireplace = Indoor fireplace
catalog-amenity-crib = Crib
catalog-amenity-high-chair = High chair
catalog-amenity-self-check-in = Self check-in
catalog-amenity-smoke-alarm = Smoke alarm
catalog-amenity-carbon-monoxide-alarm = Carbon monoxide alarm
catalog-amenity-first-aid-kit = First aid kit
catalog-amenity-fire-extinguisher = Fire extinguisher
catalog-amenity-pets-allowed = Pets allowed
catalog-amenity-beach-access = Beach access
catalog-amenity-lake-access = Lake access
catalog-amenity-ski-in-out = Ski-in/ski-out
catalog-amenity-waterfront = Waterfront
catalog-amenity-mountain-view = Mountain view
catalog-amenity-ocean-view = Ocean view
catalog-amenity-city-view = City skyline view
catalog-amenity-breakfast = Breakfast
catalog-amenity-long-term-stays = Long-term stays allowed
catalog-amenity-luggage-dropoff = Luggage drop-off allowed
# Under the quote: what the card is charged, in the listing's own currency.
catalog-quote-charged = You will be charged { $amount } ({ $currency }), in the listing’s currency.
# The zone the home's check-in and check-out times are in.
catalog-rules-time-zone = Times are the home’s local time ({ $zone })
# Nothing found for a misspelt destination: the place it most likely meant, as a link.
catalog-search-did-you-mean = Did you mean { $place }?
