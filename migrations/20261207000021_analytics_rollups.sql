-- Daily roll-ups for the owner's dashboard (server::analytics::rollup). Aggregating a
-- power host's bookings on read took 1.6 s for a year's report; these keep the same sums
-- per listing and day, per host and day, and per listing and month, so a report reads a
-- few thousand rows. Every figure the dashboard shows is a sum over days (open nights are
-- the listing's days less `blocked`), so any period is a sum of these rows.
--
-- They are kept up to date from a transactional queue: triggers on everything a figure
-- reads record which listing and which days changed (`analytics_dirty`), in the same
-- transaction as the change; the worker recomputes those days from the raw rows, and a
-- report first drains what its host has waiting, so a host always reads their own
-- writes. `tests/analytics` proves the roll-ups equal the raw aggregation after random
-- histories and random changes.

CREATE TABLE listing_days (
    listing_id   bigint NOT NULL REFERENCES listings (id) ON DELETE CASCADE,
    day          date NOT NULL,
    host_id      uuid NOT NULL,
    -- The host's currency the amounts are in.
    currency     char(3) NOT NULL,
    blocked      integer NOT NULL DEFAULT 0,
    booked       integer NOT NULL DEFAULT 0,
    revenue      double precision NOT NULL DEFAULT 0,
    earnings     double precision NOT NULL DEFAULT 0,
    gbv          double precision NOT NULL DEFAULT 0,
    stays        integer NOT NULL DEFAULT 0,
    stay_nights  integer NOT NULL DEFAULT 0,
    lead_days    integer NOT NULL DEFAULT 0,
    cancelled    integer NOT NULL DEFAULT 0,
    requests     integer NOT NULL DEFAULT 0,
    accepted     integer NOT NULL DEFAULT 0,
    made         integer NOT NULL DEFAULT 0,
    views        integer NOT NULL DEFAULT 0,
    -- What does not add up: the seconds each request made that day took the host to
    -- answer (for the median), and the lead time in days of each stay checking in that
    -- day (for the histogram).
    answers      double precision[] NOT NULL DEFAULT '{}',
    leads        integer[] NOT NULL DEFAULT '{}',
    PRIMARY KEY (listing_id, day)
);
CREATE INDEX listing_days_host_idx ON listing_days (host_id, day);

-- Arrays joined end to end, for the arrays above.
CREATE AGGREGATE array_concat_agg(anycompatiblearray) (
    SFUNC = array_cat, STYPE = anycompatiblearray, INITCOND = '{}'
);

-- The same sums over all of a host's listings.
CREATE TABLE host_days (LIKE listing_days INCLUDING DEFAULTS);
ALTER TABLE host_days DROP COLUMN listing_id, ADD PRIMARY KEY (host_id, day);

-- The same sums per listing and calendar month (`day` is the first of the month).
CREATE TABLE listing_months (LIKE listing_days INCLUDING DEFAULTS);
ALTER TABLE listing_months ADD PRIMARY KEY (listing_id, day),
    ADD FOREIGN KEY (listing_id) REFERENCES listings (id) ON DELETE CASCADE;
CREATE INDEX listing_months_host_idx ON listing_months (host_id, day);

-- What changed: a listing's days `from_day` to `to_day` (excluded; NULL: all of them),
-- and its host when the change was made (so a host who no longer owns the listing, or
-- whose listing is gone, is recomputed too).
CREATE TABLE analytics_dirty (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    listing_id  bigint NOT NULL,
    host_id     uuid,
    from_day    date,
    to_day      date
);
CREATE INDEX analytics_dirty_host_idx ON analytics_dirty (host_id);

-- Bookings: the nights of the stay and the local day it was made (two runs: a stay booked
-- a year ahead does not make a year of days to recompute), before and after.
CREATE FUNCTION analytics_dirty_bookings() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO analytics_dirty (listing_id, host_id, from_day, to_day)
        SELECT o.listing_id, l.host_id, d.f, d.t
        FROM old_rows o LEFT JOIN listings l ON l.id = o.listing_id
        CROSS JOIN LATERAL (VALUES (o.check_in, o.check_out),
                                   ((o.created_at AT TIME ZONE o.time_zone)::date,
                                    (o.created_at AT TIME ZONE o.time_zone)::date + 1)) AS d(f, t);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO analytics_dirty (listing_id, host_id, from_day, to_day)
        SELECT n.listing_id, l.host_id, d.f, d.t
        FROM new_rows n LEFT JOIN listings l ON l.id = n.listing_id
        CROSS JOIN LATERAL (VALUES (n.check_in, n.check_out),
                                   ((n.created_at AT TIME ZONE n.time_zone)::date,
                                    (n.created_at AT TIME ZONE n.time_zone)::date + 1)) AS d(f, t);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER analytics_bookings_insert AFTER INSERT ON bookings
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION analytics_dirty_bookings();
CREATE TRIGGER analytics_bookings_update AFTER UPDATE ON bookings
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION analytics_dirty_bookings();
CREATE TRIGGER analytics_bookings_delete AFTER DELETE ON bookings
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION analytics_dirty_bookings();

-- A request answered: the local day the booking was made.
CREATE FUNCTION analytics_dirty_transitions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO analytics_dirty (listing_id, host_id, from_day, to_day)
    SELECT b.listing_id, l.host_id, (b.created_at AT TIME ZONE b.time_zone)::date,
           (b.created_at AT TIME ZONE b.time_zone)::date + 1
    FROM (SELECT DISTINCT booking_id FROM new_rows) t
    JOIN bookings b ON b.id = t.booking_id JOIN listings l ON l.id = b.listing_id;
    RETURN NULL;
END
$$;
CREATE TRIGGER analytics_transitions_insert AFTER INSERT ON booking_transitions
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION analytics_dirty_transitions();

-- Nights the host blocked (holds without a booking; a booking's own hold changes with it).
CREATE FUNCTION analytics_dirty_holds() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO analytics_dirty (listing_id, host_id, from_day, to_day)
        SELECT o.listing_id, l.host_id, lower(o.nights), upper(o.nights)
        FROM old_rows o LEFT JOIN listings l ON l.id = o.listing_id WHERE o.booking_id IS NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO analytics_dirty (listing_id, host_id, from_day, to_day)
        SELECT n.listing_id, l.host_id, lower(n.nights), upper(n.nights)
        FROM new_rows n LEFT JOIN listings l ON l.id = n.listing_id WHERE n.booking_id IS NULL;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER analytics_holds_insert AFTER INSERT ON listing_holds
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION analytics_dirty_holds();
CREATE TRIGGER analytics_holds_update AFTER UPDATE ON listing_holds
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION analytics_dirty_holds();
CREATE TRIGGER analytics_holds_delete AFTER DELETE ON listing_holds
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION analytics_dirty_holds();

-- Page views, a listing and day at a time (added by the app servers' flush).
CREATE FUNCTION analytics_dirty_views() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO analytics_dirty (listing_id, host_id, from_day, to_day)
    SELECT v.listing_id, l.host_id, min(v.day), max(v.day) + 1
    FROM new_rows v JOIN listings l ON l.id = v.listing_id
    GROUP BY v.listing_id, l.host_id;
    RETURN NULL;
END
$$;
CREATE TRIGGER analytics_views_insert AFTER INSERT ON listing_views
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION analytics_dirty_views();
CREATE TRIGGER analytics_views_update AFTER UPDATE ON listing_views
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION analytics_dirty_views();

-- A listing changing hands, time zone, or its dates: all of its days, for both hosts.
CREATE FUNCTION analytics_dirty_listing() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO analytics_dirty (listing_id, host_id) VALUES (OLD.id, OLD.host_id);
        RETURN OLD;
    END IF;
    INSERT INTO analytics_dirty (listing_id, host_id) VALUES (NEW.id, OLD.host_id);
    IF NEW.host_id IS DISTINCT FROM OLD.host_id THEN
        INSERT INTO analytics_dirty (listing_id, host_id) VALUES (NEW.id, NEW.host_id);
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER analytics_listing_update AFTER UPDATE OF host_id, time_zone, created_at, deleted_at
    ON listings FOR EACH ROW
    WHEN (OLD.host_id IS DISTINCT FROM NEW.host_id OR OLD.time_zone IS DISTINCT FROM NEW.time_zone
          OR OLD.created_at IS DISTINCT FROM NEW.created_at
          OR OLD.deleted_at IS DISTINCT FROM NEW.deleted_at)
    EXECUTE FUNCTION analytics_dirty_listing();
CREATE TRIGGER analytics_listing_delete AFTER DELETE ON listings
    FOR EACH ROW EXECUTE FUNCTION analytics_dirty_listing();

-- A host's currency: all of their listings' days.
CREATE FUNCTION analytics_dirty_currency() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO analytics_dirty (listing_id, host_id)
    SELECT l.id, NEW.id FROM listings l WHERE l.host_id = NEW.id;
    RETURN NEW;
END
$$;
CREATE TRIGGER analytics_currency_update AFTER UPDATE OF preferred_currency ON users
    FOR EACH ROW WHEN (OLD.preferred_currency IS DISTINCT FROM NEW.preferred_currency)
    EXECUTE FUNCTION analytics_dirty_currency();

-- What exists already: every listing, all of its days.
INSERT INTO analytics_dirty (listing_id, host_id) SELECT id, host_id FROM listings;
