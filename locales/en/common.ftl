## The header, the footer and what every page shares.

site-title = Haven · Vacation rentals
# A page's title in the browser tab: the page's own title, then the site.
page-title = { $title } · Haven

nav-skip = Skip to content
nav-home = Haven home
nav-main = Main
nav-explore = Explore
nav-sign-in = Sign in
nav-sign-up = Sign up
nav-notifications = { $unread ->
    [0] Notifications
    [one] Notifications, { $unread } unread
   *[other] Notifications, { $unread } unread
}
nav-inbox-unread = { $unread ->
    [0] Inbox
    [one] Inbox, { $unread } unread conversation
   *[other] Inbox, { $unread } unread conversations
}
nav-account-menu = Account menu for { $name }
nav-account = Your account
nav-trips = Trips
nav-wishlists = Wishlists
nav-inbox = Inbox
nav-notifications-link = Notifications
nav-dashboard = Dashboard
nav-listings = Your listings
nav-reservations = Reservations
nav-sign-out = Sign out

footer-about = © Haven · an open-source vacation-rental marketplace
footer-prices = Prices are per night, before cleaning and service fees.
footer-language = Language
footer-language-apply = Change

## Pieces every page uses: listing cards, ratings, the gallery, maps, errors, toasts.

card-meta = { $guests ->
    [one] { $kind } · up to { $guests } guest
   *[other] { $kind } · up to { $guests } guests
}
# After the nightly price ("$120 night").
card-per-night = night
# After the stay's total ("$480 total for 4 nights").
card-total-for = { $nights ->
    [one] total for { $nights } night
   *[other] total for { $nights } nights
}
heart-save = Save { $title } to your wishlist
heart-remove = Remove { $title } from your wishlist
rating-new = New
rating-host-badge = Top host
# $average has two decimals ("4.87").
rating-stars = ★ { $average } ({ $count })
rating-spoken = { $count ->
    [one] Rated { $average } out of 5 from { $count } review
   *[other] Rated { $average } out of 5 from { $count } reviews
}
# How screen readers name the gallery's kind of widget.
gallery-role = carousel
gallery-empty = No photos yet
gallery-label = Photos of { $title }
gallery-previous = Previous photo
gallery-next = Next photo
gallery-counter = { $photo } / { $count }
gallery-keys = Use ← → to browse
gallery-thumbs = All photos
gallery-photo = Photo { $photo } of { $count }
loading-stays = Loading stays
loading-rows = Loading…
not-found-title = Page not found
not-found-heading = We can’t find that page
not-found-text = The page may have moved, or the listing is no longer available.
not-found-explore = Explore stays
failed-title = Something went wrong
failed-home = Back to home
toast-wishlist-saved = Saved to your wishlist.
toast-wishlist-removed = Removed from your wishlist.
toast-request-accepted = Request accepted. The guest has been told.
toast-request-declined = Request declined. The guest has been told.
toast-booking-cancelled = Booking cancelled.
pwa-update = A new version of Haven is available.
pwa-reload = Reload
pwa-reloading = Reloading…
map-failed = The map could not be loaded.
map-picker-label = Choose the location on the map
map-picker-failed = The map could not be loaded: type the coordinates instead.
map-picker-marker = Drag to the exact spot
map-results-label = Map of the results
map-hide = Hide map
map-show = Show map
map-search-area = Search this area
# A price pin's name: the listing, and its nightly price.
map-pin-label = { $title }, { $price } a night
map-zoom-in = Zoom in
map-zoom-out = Zoom out

# An instant in the reader's time zone, named.
moment = { $date }, { $time } ({ $zone })
