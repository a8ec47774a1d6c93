-- Reviews, double-blind: after a completed stay the guest reviews the listing and the host
-- reviews the guest. Each stays hidden until both are written or the window (14 days from
-- check-out, in the listing's zone) closes; then both are published at once.
CREATE TABLE reviews (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    booking_id    bigint NOT NULL REFERENCES bookings (id) ON DELETE RESTRICT,
    listing_id    bigint NOT NULL REFERENCES listings (id) ON DELETE RESTRICT,
    author_id     uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
    subject_id    uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
    author_role   text NOT NULL CHECK (author_role IN ('guest', 'host')),
    overall       smallint NOT NULL CHECK (overall BETWEEN 1 AND 5),
    cleanliness   smallint NOT NULL CHECK (cleanliness BETWEEN 1 AND 5),
    communication smallint NOT NULL CHECK (communication BETWEEN 1 AND 5),
    -- The guest's categories for the stay.
    accuracy      smallint CHECK (accuracy BETWEEN 1 AND 5),
    check_in      smallint CHECK (check_in BETWEEN 1 AND 5),
    location      smallint CHECK (location BETWEEN 1 AND 5),
    value         smallint CHECK (value BETWEEN 1 AND 5),
    -- The host's category for the guest.
    house_rules   smallint CHECK (house_rules BETWEEN 1 AND 5),
    body          text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 2000),
    -- From the guest to the host only; never published.
    private_note  text CHECK (char_length(private_note) BETWEEN 1 AND 1000),
    written_at    timestamptz NOT NULL,
    published_at  timestamptz,
    -- The host's one public answer under a published guest review.
    response      text CHECK (char_length(response) BETWEEN 1 AND 1000),
    responded_at  timestamptz,
    -- Nobody reviews one stay twice.
    CONSTRAINT reviews_once UNIQUE (booking_id, author_role),
    CONSTRAINT reviews_categories CHECK (CASE author_role
        WHEN 'guest' THEN accuracy IS NOT NULL AND check_in IS NOT NULL
                          AND location IS NOT NULL AND value IS NOT NULL AND house_rules IS NULL
        ELSE accuracy IS NULL AND check_in IS NULL AND location IS NULL AND value IS NULL
             AND house_rules IS NOT NULL AND private_note IS NULL AND response IS NULL
    END),
    CONSTRAINT reviews_response_when_published CHECK (
        (response IS NULL) = (responded_at IS NULL)
        AND (response IS NULL OR published_at IS NOT NULL))
);
CREATE INDEX reviews_listing_idx ON reviews (listing_id, published_at DESC, id DESC)
    WHERE author_role = 'guest' AND published_at IS NOT NULL;
CREATE INDEX reviews_subject_idx ON reviews (subject_id, published_at DESC, id DESC)
    WHERE published_at IS NOT NULL;
CREATE INDEX reviews_unpublished_idx ON reviews (written_at) WHERE published_at IS NULL;

-- Only a party of a stay that happened reviews it, as that party, about the other one: a
-- constraint of the database, whatever the code above it does.
CREATE FUNCTION reviews_by_a_party() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    stay record;
BEGIN
    SELECT b.status, b.guest_id, b.listing_id, l.host_id INTO stay
    FROM bookings b JOIN listings l ON l.id = b.listing_id
    WHERE b.id = NEW.booking_id;
    IF stay.status IS DISTINCT FROM 'completed' THEN
        RAISE EXCEPTION 'booking % is not a completed stay', NEW.booking_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'reviews_completed_stay';
    END IF;
    IF NEW.listing_id <> stay.listing_id
       OR (NEW.author_role = 'guest'
           AND (NEW.author_id <> stay.guest_id OR NEW.subject_id <> stay.host_id))
       OR (NEW.author_role = 'host'
           AND (NEW.author_id <> stay.host_id OR NEW.subject_id <> stay.guest_id)) THEN
        RAISE EXCEPTION 'review of booking % is not by a party of it', NEW.booking_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'reviews_by_a_party';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER reviews_by_a_party
    BEFORE INSERT OR UPDATE OF booking_id, listing_id, author_id, subject_id, author_role
    ON reviews FOR EACH ROW EXECUTE FUNCTION reviews_by_a_party();

-- A listing's published guest reviews, kept with the listing so search filters and sorts
-- on them: the count, the sum of overall ratings, the average, and a Bayesian average
-- that starts every listing at 10 reviews of 4.5, so one 5.0 does not outrank two hundred
-- 4.9s. (The constants are `reviews::rating::PRIOR_*` in the code; change both together.)
ALTER TABLE listings
    ADD COLUMN review_count integer NOT NULL DEFAULT 0 CHECK (review_count >= 0),
    ADD COLUMN rating_sum   integer NOT NULL DEFAULT 0 CHECK (rating_sum >= 0),
    ADD COLUMN rating       double precision GENERATED ALWAYS AS (
        CASE WHEN review_count > 0 THEN rating_sum::double precision / review_count END) STORED,
    ADD COLUMN rating_rank  double precision GENERATED ALWAYS AS (
        (rating_sum + 45)::double precision / (review_count + 10)) STORED;
CREATE INDEX listings_active_rating_idx ON listings (rating_rank DESC, id) WHERE is_active;
-- "Recommended" is now the Bayesian rating first, then the old completeness score among
-- equals (every listing without reviews yet).
DROP INDEX listings_active_recommended_idx;
CREATE INDEX listings_active_recommended_idx
    ON listings (rating_rank DESC, recommended_score DESC, id) WHERE is_active;

-- Reports of published reviews, for the operator tools to read.
CREATE TABLE review_reports (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    review_id   bigint NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
    reporter_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    reason      text NOT NULL CHECK (reason IN
                    ('spam', 'offensive', 'not_a_real_stay', 'private_information', 'other')),
    details     text NOT NULL DEFAULT '' CHECK (char_length(details) <= 1000),
    created_at  timestamptz NOT NULL,
    resolved_at timestamptz,
    CONSTRAINT review_reports_once UNIQUE (review_id, reporter_id)
);
CREATE INDEX review_reports_open_idx ON review_reports (created_at) WHERE resolved_at IS NULL;

-- Review reminders: at check-out + 1 day and + 10 days, to each party who has not written
-- theirs; a row per reminder sent, so none goes twice.
CREATE TABLE review_reminders (
    booking_id bigint NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
    user_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    day        smallint NOT NULL CHECK (day IN (1, 10)),
    sent_at    timestamptz NOT NULL,
    PRIMARY KEY (booking_id, user_id, day)
);

-- The host badge, re-evaluated nightly over the last 365 days: each criterion as measured,
-- and whether all were met. One row per host who has hosted.
CREATE TABLE host_standing (
    host_id            uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    evaluated_at       timestamptz NOT NULL,
    stays              integer NOT NULL CHECK (stays >= 0),
    nights             integer NOT NULL CHECK (nights >= 0),
    rating             double precision,
    rated_stays        integer NOT NULL CHECK (rated_stays >= 0),
    response_rate      double precision,
    host_cancellations integer NOT NULL CHECK (host_cancellations >= 0),
    bookings           integer NOT NULL CHECK (bookings >= 0),
    earned             boolean NOT NULL,
    -- When the badge was last earned after not being held.
    earned_since       timestamptz
);
-- The worker asks for the newest evaluation on every pass.
CREATE INDEX host_standing_evaluated_idx ON host_standing (evaluated_at);
