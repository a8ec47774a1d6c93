## calendar_sync
## Calendar sync with other sites (/host/listings/:id/calendar/sync): the export address,
## the imported calendars and how their syncs went, and conflicts with bookings.

calendar-sync-title = Calendar sync
calendar-sync-back = ← Calendar
calendar-sync-heading = Sync with other sites

## Export.

calendar-sync-export-heading = Export: your Haven calendar
calendar-sync-export-intro = Paste this address into the calendar import of every other site this home is listed on. It lists booked nights as “Reserved” and the nights you blocked as “Not available”, with no guest names. Keep it private: anyone with it can see which nights are taken.
calendar-sync-export-regenerated = A new address is ready. The old one no longer works: give the new one to your other sites.
calendar-sync-export-address = Calendar address (iCalendar)
calendar-sync-export-download = Download the calendar
calendar-sync-export-regenerate = Make a new address
calendar-sync-export-regenerate-hint = Do this if the address got out: the old one stops working at once.

## Conflicts.

calendar-sync-conflicts = Conflicts ({ $count })
calendar-sync-conflicts-none = No imported event clashes with a Haven booking.
calendar-sync-conflicts-intro = These events on other sites overlap stays booked on Haven.
# $feed is the imported calendar's name (shown in bold), $booking is
# calendar-sync-conflict-booking (a link): keep both in the sentence.
calendar-sync-conflict = { $feed } lists { $from } to { $to }, nights that { $booking } holds. The booking keeps them: settle it on the other site, or cancel here.
calendar-sync-conflict-booking = booking { $id }
calendar-sync-conflict-dismiss = Set aside
calendar-sync-conflict-dismiss-label = Set aside: { $feed } { $from } to { $to }
calendar-sync-conflict-dismissed = Set aside.

## Imported calendars.

calendar-sync-import-heading = Import: other sites’ calendars
calendar-sync-import-intro = Haven reads each of these every 15 minutes. Their events block nights here, so guests cannot book them; your own blocks and Haven bookings are never changed by them.
calendar-sync-import-empty = No calendars imported yet.
calendar-sync-never = never
calendar-sync-last-sync = Last sync: { $when }
calendar-sync-last-sync-syncing = Last sync: { $when } · a sync is under way
calendar-sync-sync-now = Sync now
calendar-sync-sync-now-label = Sync now: { $name }
calendar-sync-remove = Remove
calendar-sync-remove-label = Remove: { $name }
calendar-sync-add-heading = Import a calendar
calendar-sync-field-name = Name
calendar-sync-field-name-hint = What you call it, e.g. “Airbnb” or “Vrbo”.
calendar-sync-field-url = Calendar address
calendar-sync-field-url-hint = The other site’s export address (iCal, .ics), starting with https://.
calendar-sync-add = Import calendar

## How the last sync went.

calendar-sync-status-pending = Waiting for its first sync.
calendar-sync-status-updated = { $nights ->
    [one] Synced: it blocks { $nights } night from today.
   *[other] Synced: it blocks { $nights } nights from today.
}
calendar-sync-status-unchanged = { $nights ->
    [one] No changes since the last sync: it blocks { $nights } night from today.
   *[other] No changes since the last sync: it blocks { $nights } nights from today.
}
calendar-sync-status-failed = The last sync failed.

## Errors.

calendar-sync-too-many = A listing can import at most { $max } calendars.
calendar-sync-already-imported = This listing already imports that calendar.

## A calendar's address.

calendar-sync-url-too-long = That address is too long.
calendar-sync-url-unreadable = Paste the calendar's full address, starting with https:// or http://.
calendar-sync-url-webcal = That webcal:// address cannot be read.
calendar-sync-url-scheme = Only http:// and https:// addresses can be imported.
calendar-sync-url-credentials = Leave the user name and password out of the address.
calendar-sync-url-no-host = The address has no host name.
calendar-sync-url-private = That address is on a private network: Haven imports only public calendars.

## Why a sync failed. $host is the other site's server ("calendar.example.com").

calendar-sync-fail-client = Haven could not start the download; it will try again.
# $limit is calendar-sync-seconds or calendar-sync-milliseconds.
calendar-sync-fail-timeout = No answer from { $host } within { $limit }.
calendar-sync-fail-redirect-nowhere = The calendar at { $host } redirected without saying where to.
# $reason is one of the address errors above.
calendar-sync-fail-redirect-refused = The calendar at { $host } redirected to an address Haven will not follow: { $reason }
# $status is an HTTP status code, $reason its name in English ("Not Found").
calendar-sync-fail-status = The calendar at { $host } answered { $status } { $reason }.
calendar-sync-fail-status-code = The calendar at { $host } answered { $status }.
calendar-sync-fail-redirects = The calendar at { $host } redirected more than { $max } times.
# $limit is calendar-sync-mib, calendar-sync-kib or calendar-sync-bytes.
calendar-sync-fail-too-large = The calendar at { $host } is larger than { $limit }.
calendar-sync-fail-private = { $host } is on a private network: Haven imports only public calendars.
calendar-sync-fail-slow = No answer from { $host } in time.
calendar-sync-fail-connect = Could not connect to { $host }.
calendar-sync-fail-broke-off = The download from { $host } broke off.
calendar-sync-fail-fetch = The calendar at { $host } could not be fetched.
calendar-sync-fail-unreadable = Not an iCalendar file Haven can read.
calendar-sync-fail-not-ical = Not an iCalendar file: it does not start with BEGIN:VCALENDAR.
calendar-sync-fail-unbalanced = Not an iCalendar file: its BEGIN and END lines do not match.
calendar-sync-fail-line = Not an iCalendar file: line { $line } is not a calendar line (“{ $text }”).
# $event is the event's UID.
calendar-sync-fail-event-no-start = The event “{ $event }” has no start (DTSTART).
calendar-sync-fail-event-start = The event “{ $event }” has a start (DTSTART) that cannot be read.
calendar-sync-fail-event-end = The event “{ $event }” has an end (DTEND) that cannot be read.
calendar-sync-fail-event-duration = The event “{ $event }” has a DURATION that cannot be read.
# $rule is the event's RRULE as written.
calendar-sync-fail-event-rule = The event “{ $event }” has a repeat rule (RRULE:{ $rule }) that cannot be read.
calendar-sync-fail-event-rule-often = The event “{ $event }” has a repeat rule (RRULE:{ $rule }) that repeats more often than once a day.
calendar-sync-fail-event-rule-until = The event “{ $event }” has a repeat rule (RRULE:{ $rule }) with an UNTIL that cannot be read.
# $detail is the reader's own explanation, in English.
calendar-sync-fail-event-rule-invalid = The event “{ $event }” has a repeat rule (RRULE:{ $rule }) that is not valid: { $detail }.
calendar-sync-fail-too-many-events = The calendar has more than { $max } events in the next two years.
calendar-sync-seconds = { $count ->
    [one] { $count } second
   *[other] { $count } seconds
}
calendar-sync-milliseconds = { $count } milliseconds
calendar-sync-mib = { $count } MiB
calendar-sync-kib = { $count } KiB
calendar-sync-bytes = { $count } bytes
