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
