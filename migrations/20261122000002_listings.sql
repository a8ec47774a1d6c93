-- Homes offered for stays. Money is stored exactly, in the currency's minor units.
CREATE TABLE listings (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    host_id              uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
    title                text NOT NULL CHECK (length(title) BETWEEN 5 AND 120),
    description          text NOT NULL CHECK (length(description) <= 10000),
    property_type        text NOT NULL CHECK (property_type IN (
                             'apartment', 'house', 'condo', 'loft', 'villa', 'cabin', 'cottage',
                             'townhouse', 'bungalow', 'chalet', 'guesthouse', 'tiny_home')),
    address              text NOT NULL,
    city                 text NOT NULL,
    state                text,
    country              text NOT NULL,
    country_code         char(2) NOT NULL CHECK (country_code ~ '^[A-Z]{2}$'),
    latitude             double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude            double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    price_per_night_minor bigint NOT NULL CHECK (price_per_night_minor > 0),
    cleaning_fee_minor   bigint NOT NULL DEFAULT 0 CHECK (cleaning_fee_minor >= 0),
    currency             char(3) NOT NULL DEFAULT 'USD' CHECK (currency IN ('USD', 'EUR', 'GBP')),
    max_guests           integer NOT NULL CHECK (max_guests BETWEEN 1 AND 50),
    bedrooms             integer NOT NULL CHECK (bedrooms BETWEEN 0 AND 50),
    beds                 integer NOT NULL CHECK (beds BETWEEN 1 AND 100),
    -- In half-bathroom steps: 1.5 is a full bathroom and a powder room.
    bathrooms            numeric(3, 1) NOT NULL CHECK (bathrooms >= 0 AND bathrooms * 2 = trunc(bathrooms * 2)),
    amenities            text[] NOT NULL DEFAULT '{}',
    is_active            boolean NOT NULL DEFAULT true,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now()
);

-- A host's listings (host dashboard, listing counts on the host card).
CREATE INDEX listings_host_id_idx ON listings (host_id);
-- The home page's newest active listings, read in index order.
CREATE INDEX listings_active_newest_idx ON listings (created_at DESC, id DESC) WHERE is_active;
-- Destination lookups by city, case-insensitively.
CREATE INDEX listings_city_idx ON listings (lower(city)) WHERE is_active;
-- "All selected amenities present".
CREATE INDEX listings_amenities_idx ON listings USING gin (amenities);

-- Photos in display order; position 0 is the cover.
CREATE TABLE listing_photos (
    listing_id bigint NOT NULL REFERENCES listings (id) ON DELETE CASCADE,
    position   smallint NOT NULL CHECK (position >= 0),
    url        text NOT NULL,
    alt        text NOT NULL DEFAULT '',
    width      integer NOT NULL CHECK (width > 0),
    height     integer NOT NULL CHECK (height > 0),
    PRIMARY KEY (listing_id, position)
);
