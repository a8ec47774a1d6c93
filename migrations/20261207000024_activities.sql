-- Things to do near a stay (server::assistant::activities): the platform's own list of
-- places, loaded for the demo cities from data/activity_places.csv by `haven seed`, and
-- each listing's guidebook, the places its host recommends. Opening hours are kept as
-- written, in the subset of OpenStreetMap's opening_hours syntax that
-- activities/hours.rs reads ("Mo-Fr 09:00-17:00; Sa 10:00-14:00", "24/7").
CREATE TABLE activity_places (
    id             bigserial PRIMARY KEY,
    city           text NOT NULL CHECK (length(city) BETWEEN 1 AND 100),
    name           text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    category       text NOT NULL CHECK (category IN ('food', 'museum', 'sight', 'outdoors',
                       'nightlife', 'shopping', 'family', 'wellness', 'culture')),
    latitude       double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude      double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    opening_hours  text NOT NULL CHECK (length(opening_hours) BETWEEN 1 AND 300),
    duration_min   smallint NOT NULL CHECK (duration_min BETWEEN 15 AND 480),
    price_level    smallint NOT NULL CHECK (price_level BETWEEN 0 AND 4),
    indoor         boolean NOT NULL,
    kid_friendly   boolean NOT NULL,
    description    text NOT NULL DEFAULT '' CHECK (length(description) <= 300),
    UNIQUE (city, name)
);
CREATE INDEX activity_places_point_idx ON activity_places USING gist (point(longitude, latitude));

CREATE TABLE guidebook_places (
    id             bigserial PRIMARY KEY,
    listing_id     bigint NOT NULL REFERENCES listings (id) ON DELETE CASCADE,
    name           text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    category       text NOT NULL CHECK (category IN ('food', 'museum', 'sight', 'outdoors',
                       'nightlife', 'shopping', 'family', 'wellness', 'culture')),
    latitude       double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude      double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    opening_hours  text NOT NULL CHECK (length(opening_hours) BETWEEN 1 AND 300),
    duration_min   smallint NOT NULL CHECK (duration_min BETWEEN 15 AND 480),
    price_level    smallint NOT NULL CHECK (price_level BETWEEN 0 AND 4),
    indoor         boolean NOT NULL,
    kid_friendly   boolean NOT NULL,
    -- The host's tip, in their words.
    description    text NOT NULL DEFAULT '' CHECK (length(description) <= 500),
    created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX guidebook_places_listing_idx ON guidebook_places (listing_id, id);

-- A guest's day-by-day plan of a booked stay (server::assistant::itinerary): what they
-- asked for, what they pinned or threw out, and the plan with a copy of each place it
-- uses, so the trip page, the offline trip pass and the .ics export read one row.
CREATE TABLE trip_plans (
    booking_id     bigint PRIMARY KEY REFERENCES bookings (id) ON DELETE CASCADE,
    preferences    jsonb NOT NULL,
    locked         jsonb NOT NULL DEFAULT '[]',
    dropped        jsonb NOT NULL DEFAULT '[]',
    plan           jsonb NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now()
);
