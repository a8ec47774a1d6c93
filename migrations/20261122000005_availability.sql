-- Search, availability and the rules a host sets for their listing.
CREATE EXTENSION IF NOT EXISTS btree_gist;

ALTER TABLE listings
    -- Booking rules (the booking engine enforces them; search already honours them).
    ADD COLUMN instant_book          boolean NOT NULL DEFAULT false,
    ADD COLUMN min_nights            integer NOT NULL DEFAULT 1 CHECK (min_nights BETWEEN 1 AND 365),
    ADD COLUMN max_nights            integer NOT NULL DEFAULT 365 CHECK (max_nights BETWEEN 1 AND 365),
    -- A stay may start no sooner than this many days after today (in the listing's zone).
    ADD COLUMN advance_notice_days   integer NOT NULL DEFAULT 0 CHECK (advance_notice_days BETWEEN 0 AND 30),
    -- Nights kept free after each stay, for cleaning.
    ADD COLUMN preparation_nights    integer NOT NULL DEFAULT 0 CHECK (preparation_nights BETWEEN 0 AND 7),
    -- How far ahead a stay may end.
    ADD COLUMN booking_window_days   integer NOT NULL DEFAULT 365 CHECK (booking_window_days BETWEEN 30 AND 730),
    -- Friday and Saturday nights, when set.
    ADD COLUMN weekend_price_minor   bigint CHECK (weekend_price_minor > 0),
    ADD COLUMN weekly_discount_pct   integer NOT NULL DEFAULT 0 CHECK (weekly_discount_pct BETWEEN 0 AND 90),
    ADD COLUMN monthly_discount_pct  integer NOT NULL DEFAULT 0 CHECK (monthly_discount_pct BETWEEN 0 AND 90),
    -- Occupancy taxes, in basis points of the nights' price (1,000 = 10 %).
    ADD COLUMN tax_bp                integer NOT NULL DEFAULT 0 CHECK (tax_bp BETWEEN 0 AND 3000),
    ADD COLUMN cancellation_policy   text NOT NULL DEFAULT 'moderate'
                                     CHECK (cancellation_policy IN ('flexible', 'moderate', 'strict')),
    ADD COLUMN time_zone             text NOT NULL DEFAULT 'UTC' CHECK (length(time_zone) BETWEEN 1 AND 64),
    -- House rules (pets: the `pets_allowed` amenity).
    ADD COLUMN check_in_after        time NOT NULL DEFAULT '15:00',
    ADD COLUMN check_out_before      time NOT NULL DEFAULT '11:00',
    ADD COLUMN max_infants           integer NOT NULL DEFAULT 5 CHECK (max_infants BETWEEN 0 AND 10),
    ADD COLUMN smoking_allowed       boolean NOT NULL DEFAULT false,
    ADD COLUMN events_allowed        boolean NOT NULL DEFAULT false,
    ADD COLUMN house_rules           text NOT NULL DEFAULT '' CHECK (length(house_rules) <= 5000),
    -- Soft delete: past bookings keep their listing. A deleted listing is never active.
    ADD COLUMN deleted_at            timestamptz,
    ADD CONSTRAINT listings_nights_order CHECK (min_nights <= max_nights),
    ADD CONSTRAINT listings_deleted_inactive CHECK (deleted_at IS NULL OR NOT is_active);

-- "Recommended" order until reviews exist: how complete and easy to book a listing is.
-- A generated column, so every write keeps it current.
ALTER TABLE listings ADD COLUMN recommended_score integer GENERATED ALWAYS AS (
    least(cardinality(amenities), 20) * 3
    + CASE WHEN instant_book THEN 15 ELSE 0 END
    + least(length(description), 1200) / 100
) STORED;

-- Map searches: a box or a radius around a point.
CREATE INDEX listings_location_idx ON listings USING gist (point(longitude, latitude)) WHERE is_active;
CREATE INDEX listings_active_price_idx ON listings (price_per_night_minor, id) WHERE is_active;
CREATE INDEX listings_active_recommended_idx ON listings (recommended_score DESC, id) WHERE is_active;

-- A price for one night that wins over the base and weekend prices.
CREATE TABLE listing_night_prices (
    listing_id  bigint NOT NULL REFERENCES listings (id) ON DELETE CASCADE,
    night       date NOT NULL,
    price_minor bigint NOT NULL CHECK (price_minor > 0),
    PRIMARY KEY (listing_id, night)
);

-- Stays. The booking engine adds its flows (requests, answers, cancellations, events).
CREATE TABLE bookings (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    listing_id   bigint NOT NULL REFERENCES listings (id) ON DELETE RESTRICT,
    guest_id     uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
    check_in     date NOT NULL,
    check_out    date NOT NULL,
    adults       integer NOT NULL CHECK (adults BETWEEN 1 AND 50),
    children     integer NOT NULL DEFAULT 0 CHECK (children BETWEEN 0 AND 50),
    infants      integer NOT NULL DEFAULT 0 CHECK (infants BETWEEN 0 AND 10),
    pets         integer NOT NULL DEFAULT 0 CHECK (pets BETWEEN 0 AND 10),
    status       text NOT NULL CHECK (status IN
                     ('pending', 'confirmed', 'declined', 'expired', 'cancelled', 'completed')),
    currency     char(3) NOT NULL,
    total_minor  bigint NOT NULL CHECK (total_minor >= 0),
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    CHECK (check_out > check_in)
);
CREATE INDEX bookings_listing_idx ON bookings (listing_id, check_in);
CREATE INDEX bookings_guest_idx ON bookings (guest_id, check_in DESC);

-- Every night a listing cannot be booked: held by a booking that holds its dates (pending or
-- confirmed; the stay plus the listing's preparation nights after it), or blocked by the
-- host. The exclusion constraint makes two overlapping holds on one listing impossible,
-- whatever the interleaving of requests across app servers. Nights are half-open:
-- [check-in, check-out), so one stay's check-out day is the next one's check-in day.
CREATE TABLE listing_holds (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    listing_id  bigint NOT NULL REFERENCES listings (id) ON DELETE CASCADE,
    nights      daterange NOT NULL CHECK (
                    NOT isempty(nights) AND lower_inc(nights) AND NOT upper_inc(nights)
                    AND NOT lower_inf(nights) AND NOT upper_inf(nights)),
    -- NULL: the host blocked these nights.
    booking_id  bigint UNIQUE REFERENCES bookings (id) ON DELETE CASCADE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT listing_holds_no_overlap EXCLUDE USING gist (listing_id WITH =, nights WITH &&)
);

-- Reference exchange rates, so a price filter in one currency compares listings priced in
-- another. Units of the currency per US dollar. These are reference values loaded by the
-- migration; a deployment refreshes them from its rates provider.
CREATE TABLE exchange_rates (
    currency     char(3) PRIMARY KEY CHECK (currency IN ('USD', 'EUR', 'GBP')),
    per_usd      numeric(12, 6) NOT NULL CHECK (per_usd > 0),
    updated_at   timestamptz NOT NULL DEFAULT now()
);
INSERT INTO exchange_rates (currency, per_usd) VALUES ('USD', 1), ('EUR', 0.92), ('GBP', 0.79);
