## assistant
## The trip assistant: things to do near a stay, similar stays, the host's guidebook, the
## trip plan, "Picked for you" and the search history.

## Kinds of place, and what a place is like
assistant-category-food = Food and drink
assistant-category-museum = Museums
assistant-category-sight = Sights
assistant-category-outdoors = Outdoors
assistant-category-nightlife = Nightlife
assistant-category-shopping = Shopping
assistant-category-family = For children
assistant-category-wellness = Wellness
assistant-category-culture = Culture and shows
assistant-origin-guidebook = Host’s pick
assistant-origin-haven = Haven's list
assistant-price-free = Free
assistant-price-inexpensive = € (inexpensive)
assistant-price-very-expensive = €€€€ (very expensive)
assistant-indoors = Indoors
assistant-outdoors = Outdoors
assistant-good-for-children = Good for children
# $km: a distance with one decimal, already written the language's way.
assistant-km = { $km } km
assistant-km-away = { $km } km away
assistant-km-from-home = { $km } km from home

## Opening hours
assistant-hours-as-listed = Hours as listed: { $hours }
assistant-hours-unknown = Opening hours not known
assistant-hours-always-open = Open 24 hours
# One line of a place's week: $days is a day ("Mon") or a run of days ("Mon–Fri").
assistant-hours-days = { $days } { $times }
assistant-hours-days-closed = { $days } closed
assistant-hours-days-all-day = { $days } open 24 hours
# A place's hours on one day of a plan.
assistant-hours-closed = closed
assistant-hours-open-all-day = open 24 hours
# Hours a host typed that cannot be read: $problem is one of the messages below. The
# examples are in OpenStreetMap's syntax, which stays as it is.
assistant-hours-error = { $problem } Write hours like “Mo-Fr 09:00-17:00; Sa 10:00-14:00”, or 24/7.
assistant-hours-empty = The opening hours are empty.
assistant-hours-too-long = Keep the hours to { $max } characters.
assistant-hours-empty-rule = There is an empty rule between two “;”.
assistant-hours-not-a-day = “{ $text }” is not a day (Mo, Tu, We, Th, Fr, Sa, Su).
assistant-hours-not-a-time = “{ $text }” is not a time of day (HH:MM, 00:00 to 24:00).
assistant-hours-no-times = A rule names days but no times.
assistant-hours-not-a-range = “{ $text }” is not a time range.
assistant-hours-closes-before-opening = { $open }–{ $close } closes before it opens: end the day at 24:00.
assistant-hours-too-many = At most { $max } time ranges a day.
assistant-hours-overlap = Two time ranges overlap.

## Where places and the weather come from
assistant-source-guidebook = The host's guidebook
assistant-source-haven = Haven's place list
assistant-source-open-meteo = Open-Meteo forecast
assistant-source-typical-weather = Typical weather: { $station }
assistant-source-narrative = Narrative: { $model }
assistant-source-unavailable = { $source }: unavailable

## The listing page
assistant-things-to-do = Things to do nearby
assistant-things-sources = From: { $sources }. Hours change: check before you go.
assistant-similar-heading = Similar stays nearby
assistant-similar-list = Similar stays

## The host's guidebook
assistant-guidebook-title = Guidebook
assistant-guidebook-back = ← Edit the listing
assistant-guidebook-heading = Guidebook: { $title }
assistant-guidebook-about = The places you recommend. Guests see them on your listing page, marked as your picks, and the trip planner puts them first in their day plans.
assistant-guidebook-added = Added to your guidebook.
assistant-guidebook-empty = No places yet: add the first below.
assistant-guidebook-list = Your guidebook
assistant-guidebook-remove = Remove
assistant-guidebook-remove-place = Remove: { $name }
assistant-guidebook-add-heading = Add a place
assistant-guidebook-name = Name
assistant-guidebook-name-hint = As it is signed, e.g. “Café A Brasileira”.
assistant-guidebook-category = Kind of place
assistant-guidebook-latitude = Latitude
assistant-guidebook-latitude-hint = Starts at your home’s location: change it to the place’s own (any map shows it).
assistant-guidebook-longitude = Longitude
assistant-guidebook-hours = Opening hours
assistant-guidebook-hours-hint = Like “Mo-Fr 09:00-17:00; Sa 10:00-14:00”, “Tu-Su 10:00-18:00”, or 24/7 for always open.
assistant-guidebook-duration = Typical visit (minutes)
assistant-guidebook-price = Price
assistant-guidebook-indoor = Indoors (good on a rainy day)
assistant-guidebook-tip = Your tip
assistant-guidebook-tip-hint = Why you like it, what to order, when to go: up to { $max } characters.
assistant-guidebook-add = Add to guidebook
assistant-guidebook-error-name = Give the place a name of 1 to { $max } characters.
assistant-guidebook-error-category = Choose what kind of place it is.
assistant-guidebook-error-latitude = Give the latitude in degrees, -{ $max } to { $max }.
assistant-guidebook-error-longitude = Give the longitude in degrees, -{ $max } to { $max }.
assistant-guidebook-error-duration = Give a typical visit in minutes, { $min } to { $max }.
assistant-guidebook-error-price = Choose a price level from free (0) to 4.
assistant-guidebook-error-tip = Keep the tip to { $max } characters.
assistant-guidebook-error-full = A guidebook holds at most { $max } places: remove one first.

## The trip plan
assistant-pace-relaxed = Relaxed: two things a day
assistant-pace-moderate = Moderate: three things a day
assistant-pace-packed = Packed: three things, further apart
assistant-travel-walking = On foot (up to { $km } km a day)
assistant-travel-transit = By public transport (up to { $km } km a day)
assistant-slot-morning = Morning
assistant-slot-afternoon = Afternoon
assistant-slot-evening = Evening
assistant-plan-heading = Your days
assistant-plan-intro = Plan each day of your stay: places near your home, open when you visit them, outdoor ones on the days with the best weather.
assistant-plan-narrative-note = Written by a language model from the plan below, which it may not change.
assistant-plan-ics = Add these days to your calendar (.ics)
assistant-plan-dropped = Left out at your request: { $places }.
assistant-plan-dropped-unknown = A place no longer listed
assistant-plan-sources = Times are local ({ $time_zone }). From: { $sources }. Opening hours change: check before you go.
assistant-plan-change = Change what the plan is made of
assistant-plan-wishes = Your wishes
assistant-plan-interests = What do you enjoy?
assistant-plan-pace = Pace
assistant-plan-travel = Getting around
assistant-plan-kids = With children: only places good for them
assistant-plan-again = Make a new plan
assistant-plan-submit = Plan my days
assistant-choose-pace = Choose a pace.
assistant-choose-travel = Choose how you get around.
# A day of the plan: $date is the whole date ("Tuesday, December 8, 2026").
assistant-day-arrival = { $date } · arrival
assistant-day-departure = { $date } · departure
assistant-day-free = Free time.
assistant-day-travel = About { $km } km there and back.
assistant-weather-forecast = Forecast
# $month: the month's name ("March").
assistant-weather-typical = Typical for { $month }
# $label: "Forecast" or "Typical for March"; temperatures in °C.
assistant-weather = { $label }: { $high }° / { $low }°C
assistant-weather-rain-chance = { $label }: { $high }° / { $low }°C, { $chance }% chance of rain
assistant-weather-rain-days = { $days ->
    [one] { $label }: { $high }° / { $low }°C, rain on { $days } day a month
   *[other] { $label }: { $high }° / { $low }°C, rain on { $days } days a month
}
# A stop: the part of the day and its times ("Morning 09:00–10:30").
assistant-stop-when = { $slot } { $start }–{ $end }
assistant-stop-pinned = · pinned
assistant-stop-open = Open that day: { $hours }
assistant-stop-pin = Pin
assistant-stop-unpin = Unpin
assistant-stop-drop = Drop
assistant-stop-pin-label = Pin { $name } here
assistant-stop-unpin-label = Unpin { $name }
assistant-stop-drop-label = Drop { $name } from the plan
assistant-plan-error-cancelled = This booking will not take place, so there is no trip to plan.
assistant-plan-error-pin-gone = A pinned place ({ $key }) is no longer near this stay or has no known hours: unpin it.
assistant-plan-error-too-many-pins = Pin at most { $max } places.
assistant-plan-error-too-many-dropped = Drop at most { $max } places.
assistant-plan-error-pin-date = Pin dates are YYYY-MM-DD, not “{ $date }”.
assistant-plan-error-not-in-stay = { $date } is not a day of this stay.
assistant-plan-error-pin-key = A pin names its place by `key`.
assistant-plan-error-dropped-key = Dropped places are named by `key`.
# Why the planner refused: $activity is a place's number in the plan; $slot is "Morning",
# "Afternoon" or "Evening".
assistant-plan-error-dates = check-out { $check_out } is not after check-in { $check_in }
assistant-plan-error-too-long = stay of { $nights } nights is longer than { $max }
assistant-plan-error-stay-location = the stay's location is invalid
assistant-plan-error-unknown = locked activity { $activity } is unknown
assistant-plan-error-location = locked activity { $activity } has an invalid location
assistant-plan-error-locked-dropped = activity { $activity } is both locked and dropped
assistant-plan-error-outside-stay = activity { $activity } is locked on { $date }, outside the stay
assistant-plan-error-slot-unavailable = activity { $activity } is locked in the { $slot } slot of { $date }, which that day does not have
assistant-plan-error-slot-taken = more than one activity is locked in the { $slot } slot of { $date }
assistant-plan-error-locked-twice = activity { $activity } is locked more than once
assistant-plan-error-closed = activity { $activity } cannot be visited in the { $slot } slot of { $date }
assistant-plan-error-unreachable = the locked activities of { $date } cannot all be reached in time
assistant-plan-error-too-far = the locked activities of { $date } need { $km } km, more than the { $limit } km limit

## "Picked for you" on the home page
assistant-picks-saved-and-booked = Because of the homes you saved and booked
assistant-picks-near-searches = Popular near your searches: { $places }

## The account page's search history
assistant-history-heading = Search history
assistant-history-about = While this is on, Haven keeps the places you search for (the latest { $kept }), only to suggest homes on the home page under “Picked for you”. Nobody else sees them. Turning it off deletes them; so does deleting your account.
assistant-history-count = { $count ->
    [one] { $count } search kept.
   *[other] { $count } searches kept.
}
assistant-history-keep = Keep my searches to suggest homes
assistant-history-save = Save
assistant-history-clear = Clear my search history
assistant-history-saved = Your choice is saved.
assistant-history-cleared = Your search history is cleared.
