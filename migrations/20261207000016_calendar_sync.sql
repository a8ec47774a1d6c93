-- Calendar sync with other sites (iCalendar, RFC 5545). docs/ARCHITECTURE.md, "Calendar sync".

-- Each listing's private export address: /api/v1/ical/<token>.ics. Made on first use; the
-- host can replace it (the old address then answers 404).
CREATE TABLE listing_calendar_exports (
    listing_id  bigint PRIMARY KEY REFERENCES listings (id) ON DELETE CASCADE,
    token       text NOT NULL UNIQUE CHECK (token ~ '^[A-Za-z0-9_-]{43}$'),
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- Calendars other sites export, which Haven imports as blocked nights. The row is also the
-- sync's queue entry: the worker takes feeds whose `next_sync_at` has come, under a lease
-- (`locked_until`, taken with FOR UPDATE SKIP LOCKED), so each feed syncs once at a time.
CREATE TABLE calendar_feeds (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    listing_id         bigint NOT NULL REFERENCES listings (id) ON DELETE CASCADE,
    name               text NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
    url                text NOT NULL CHECK (length(url) BETWEEN 10 AND 2000),
    -- The validators of the last answer with a body, sent back as If-None-Match and
    -- If-Modified-Since.
    etag               text,
    last_modified      text,
    next_sync_at       timestamptz NOT NULL DEFAULT now(),
    locked_until       timestamptz,
    -- The last "Sync now", for its rate limit.
    sync_requested_at  timestamptz,
    last_attempt_at    timestamptz,
    last_success_at    timestamptz,
    -- pending: never synced; updated: read and applied; unchanged: 304, or the same
    -- events; failed: see last_error (plain words, shown to the host).
    last_status        text NOT NULL DEFAULT 'pending'
                       CHECK (last_status IN ('pending', 'updated', 'unchanged', 'failed')),
    last_error         text CHECK (length(last_error) <= 500),
    created_at         timestamptz NOT NULL DEFAULT now(),
    UNIQUE (listing_id, url)
);
CREATE INDEX calendar_feeds_due_idx ON calendar_feeds (next_sync_at);

-- What each feed said at its last successful read: one row per event (per occurrence of a
-- recurring one), as listing-local nights within the booking window. The holds below are
-- derived from these, so they can be derived again without fetching (a feed removed, a
-- booking cancelled, a host's own block changed).
CREATE TABLE calendar_feed_events (
    feed_id  bigint NOT NULL REFERENCES calendar_feeds (id) ON DELETE CASCADE,
    uid      text NOT NULL CHECK (length(uid) <= 500),
    nights   daterange NOT NULL CHECK (
                 NOT isempty(nights) AND lower_inc(nights) AND NOT upper_inc(nights)
                 AND NOT lower_inf(nights) AND NOT upper_inf(nights)),
    PRIMARY KEY (feed_id, uid, nights)
);

-- Nights a feed blocks are host blocks (booking_id NULL) tagged with their feed and event.
-- Removing a feed frees its nights (the statement triggers keep `held_nights` in step).
ALTER TABLE listing_holds
    ADD COLUMN feed_id   bigint REFERENCES calendar_feeds (id) ON DELETE CASCADE,
    ADD COLUMN event_uid text,
    ADD CONSTRAINT listing_holds_feed_is_block CHECK (feed_id IS NULL OR booking_id IS NULL),
    ADD CONSTRAINT listing_holds_feed_event CHECK ((feed_id IS NULL) = (event_uid IS NULL));
CREATE INDEX listing_holds_feed_idx ON listing_holds (feed_id) WHERE feed_id IS NOT NULL;

-- An imported event that overlaps a Haven booking's nights: the booking keeps them, and the
-- host is shown the clash until the feed drops the event or the booking lets the nights go.
-- A host may dismiss one (it stays dismissed while the event and booking stay the same).
CREATE TABLE calendar_conflicts (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    feed_id        bigint NOT NULL REFERENCES calendar_feeds (id) ON DELETE CASCADE,
    event_uid      text NOT NULL,
    nights         daterange NOT NULL,
    booking_id     bigint NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
    first_seen_at  timestamptz NOT NULL DEFAULT now(),
    dismissed_at   timestamptz,
    UNIQUE (feed_id, event_uid, nights, booking_id)
);
