## reviews
## A listing's reviews, a stay's reviews on the trip page, the review form, the host's
## progress to the badge, and what the reviews tell people.

reviews-heading = Reviews
reviews-load-failed = The reviews could not be loaded: { $error }
reviews-count = { $count ->
    [0] No reviews yet
    [one] 1 review
   *[other] { $count } reviews
}
reviews-pages = Review pages
reviews-newer = Newer reviews
reviews-older = Older reviews
reviews-page-of = Page { $page } of { $pages }
# $month: the month of the stay, as "March 2026".
reviews-stayed = Stayed { $month }
reviews-stars = { $stars } out of 5 stars
reviews-response-from = Response from { $name }

## The rating categories.
reviews-category-overall = Overall
reviews-category-cleanliness = Cleanliness
reviews-category-accuracy = Accuracy
reviews-category-check-in = Check-in
reviews-category-communication = Communication
reviews-category-location = Location
reviews-category-value = Value
reviews-category-house-rules = House rules

## Reporting a review.
reviews-report = Report
reviews-report-why = Why?
reviews-report-details = Details (optional)
reviews-report-send = Send report
reviews-report-sent = Thank you: the report was sent.
reviews-report-spam = Spam or advertising
reviews-report-offensive = Offensive or hateful
reviews-report-not-a-stay = Not about a real stay
reviews-report-private = Shares private information
reviews-report-other = Something else

## A stay's reviews on the trip page. $other is the other party: host or guest.
reviews-about-guest = What hosts say about this guest
reviews-mine-in = Your review is in. It is published when { $other ->
    [host] your host
   *[guest] your guest
} has written theirs, or when the window closes.
# $day: the last day to review, already formatted.
reviews-mine-in-until = Your review is in. It is published when { $other ->
    [host] your host
   *[guest] your guest
} has written theirs, or when the window closes on { $day }.
reviews-theirs-in = { $other ->
    [host] Your host
   *[guest] Your guest
} has reviewed this stay. Write yours to see it: both are published together.
reviews-write = Write your review
reviews-write-until = until { $day }
reviews-from = { $other ->
    [host] From your host
   *[guest] From your guest
}
reviews-respond = Respond publicly
reviews-respond-post = Post response
reviews-yours = Your review

## The review form (/trips/:id/review).
reviews-form-title = Write a review
reviews-form-done = You have reviewed this stay.
reviews-form-closed = This stay cannot be reviewed: reviews open at check-out and close { $days } days later.
reviews-form-back = Back to the trip
reviews-form-guest-title = How was your stay?
reviews-form-guest-intro = Your host will not see your review until they have written theirs, or until the window closes.
reviews-form-host-title = How was your guest?
reviews-form-host-intro = Your guest will not see your review until they have written theirs, or until the window closes.
reviews-form-text = Your review
reviews-form-text-hint = Shown publicly, as plain text; up to { $max } characters.
reviews-form-note = A private note to your host (optional)
reviews-form-note-hint = Only your host reads this; up to { $max } characters.
reviews-form-stars = { $stars ->
    [one] 1 star
   *[other] { $stars } stars
}
reviews-form-submit = Submit review

## What a review may not be.
reviews-error-plain-text = Use plain text.
reviews-error-too-long = Keep it under { $max } characters.
reviews-error-stars-range = Rate from 1 to 5 stars.
reviews-error-stars-missing = Choose a rating from 1 to 5.
# $role: who is writing, guest or host.
reviews-error-other-role = { $role ->
    [guest] A guest does not rate this.
   *[host] A host does not rate this.
}
reviews-error-no-text = Write a few words about the stay.
reviews-error-host-note = Only a guest leaves a private note.
reviews-error-no-response = Write your response.
reviews-error-not-over = A stay can be reviewed once it is over.
reviews-error-closed = The time to review this stay has ended.
reviews-error-already = You have already reviewed this stay.
reviews-error-responded = This review already has your response.
reviews-error-no-page = No such page of reviews.
reviews-error-report-reason = Choose why you are reporting this review.

## The host's progress to the badge ($badge: the badge's name).
reviews-standing-earned = You are a { $badge }
reviews-standing-progress = Your progress to { $badge }
reviews-standing-period = Over the last 365 days, re-checked every night.
reviews-standing-criterion = Criterion
reviews-standing-you = You
reviews-standing-status = Status
reviews-standing-met = ✓ Met
reviews-standing-not-yet = Not yet
reviews-standing-stays = At least { $stays } stays (or { $stays_long } stays of { $nights_long } nights)
reviews-standing-stays-you = { $stays ->
    [one] 1 stay
   *[other] { $stays } stays
}, { $nights ->
    [one] 1 night
   *[other] { $nights } nights
}
reviews-standing-rating = Overall rating of { $rating } or more
# $rating: already written with two decimals.
reviews-standing-rating-you = { $count ->
    [one] { $rating } from 1 review
   *[other] { $rating } from { $count } reviews
}
reviews-standing-no-reviews = No reviews yet
reviews-standing-response = Answers { $rate } % of messages and requests within 24 hours
reviews-standing-percent = { $rate } %
reviews-standing-nothing-to-answer = Nothing to answer yet
reviews-standing-cancellations = Cancels under { $rate } % of bookings
reviews-standing-cancellations-you = { $bookings ->
    [one] { $cancelled } of 1 booking
   *[other] { $cancelled } of { $bookings } bookings
}

## Notices (the bell and e-mails).
reviews-notice-of-you = You have a new review
reviews-notice-of-you-body = A review of your stay at { $listing } is now public.
reviews-notice-yours-public = Your review is public
reviews-notice-yours-public-body = Your review of the stay at { $listing } is now public.
reviews-notice-due = How was the stay?
reviews-notice-due-body = Review your stay at { $listing }: { $days ->
    [one] 1 day left
   *[other] { $days } days left
}. Neither of you sees the other's review until both are in.
