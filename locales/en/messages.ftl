## messages
## The inbox, a conversation, the "Contact host" form, and what messaging tells people.

## A conversation's status.
messages-status-inquiry = Inquiry
messages-status-pending = Request pending
messages-status-confirmed = Booked
messages-status-completed = Stay completed
messages-status-declined = Declined
messages-status-expired = Expired
messages-status-cancelled = Cancelled
messages-status-other = Conversation

## The stay a conversation is about ($check_in and $check_out already formatted).
messages-stay-dates-guests = { $check_in } to { $check_out } · { $guests ->
    [one] 1 guest
   *[other] { $guests } guests
}
messages-stay-dates = { $check_in } to { $check_out }
messages-stay-guests = { $guests ->
    [one] 1 guest
   *[other] { $guests } guests
}
messages-stay-unknown = No dates yet
messages-other-host = Host: { $name }
messages-other-guest = Guest: { $name }

## The inbox (/inbox).
messages-inbox-title = Inbox
messages-inbox-empty = No messages yet. Ask a host a question from any listing page.
messages-inbox-newer = Newer
messages-inbox-older = Older
messages-inbox-pages = Inbox pages
messages-conversations = Conversations
messages-unread = { $count ->
    [one] 1 unread message
   *[other] { $count } unread messages
}
messages-none-yet = No messages yet

## A conversation (/inbox/:id).
messages-thread-title = Conversation
messages-view-booking = View the booking
messages-view-listing = View the listing
messages-all = All messages
messages-heading = Messages
messages-thread-empty = No messages yet.
messages-reply = Reply
messages-message = Message
messages-send = Send
messages-you = You
# $time: when, as the booking pages write times.
messages-seen = Seen { $time }

## Contact host (/listings/:id/contact).
messages-contact-title = Contact the host
messages-contact-heading = Contact { $name }
# Followed by the listing's title (a link), then messages-contact-intro.
messages-contact-about = About
messages-contact-intro = Ask anything before you book; your booking will continue this conversation.
messages-check-in = Check-in
messages-check-out = Check-out
messages-guests = Guests
messages-hint = Up to { $max } characters.
messages-send-message = Send message

## What a message may not be.
messages-error-empty = Write a message.
messages-error-plain-text = Use plain text.
messages-error-too-long = Keep a message under { $max } characters.
messages-error-guests = From 1 to 50 guests.
messages-error-guest-count = Enter the number of guests.
messages-error-own-listing = This is your own listing.

## How a host answers ($rate: a whole percentage).
messages-response-rate = { $within ->
    [hour] Responds to { $rate } % of messages within an hour
    [hours] Responds to { $rate } % of messages within a few hours
    [day] Responds to { $rate } % of messages within a day
   *[other] Responds to { $rate } % of messages
}

## The e-mail about a new message.
messages-notice-new = New message from { $sender }
messages-notice-new-body = About { $listing }: { $excerpt }
