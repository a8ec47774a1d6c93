-- Search speed. Every listing carries the nights it has held (a multirange kept in step
-- with listing_holds by statement-level triggers), so a search tests availability on the
-- row it already reads instead of probing listing_holds once per candidate.
ALTER TABLE listings ADD COLUMN held_nights datemultirange NOT NULL DEFAULT '{}';

UPDATE listings l SET held_nights = a.nights
FROM (SELECT listing_id, range_agg(nights) AS nights FROM listing_holds GROUP BY listing_id) a
WHERE l.id = a.listing_id;

CREATE FUNCTION listing_holds_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE listings l SET held_nights = l.held_nights + a.nights
    FROM (SELECT listing_id, range_agg(nights) AS nights FROM added GROUP BY listing_id) a
    WHERE l.id = a.listing_id;
    RETURN NULL;
END $$;

CREATE FUNCTION listing_holds_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE listings l SET held_nights = l.held_nights - r.nights
    FROM (SELECT listing_id, range_agg(nights) AS nights FROM removed GROUP BY listing_id) r
    WHERE l.id = r.listing_id;
    RETURN NULL;
END $$;

CREATE FUNCTION listing_holds_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE listings l SET held_nights = l.held_nights - r.nights
    FROM (SELECT listing_id, range_agg(nights) AS nights FROM removed GROUP BY listing_id) r
    WHERE l.id = r.listing_id;
    UPDATE listings l SET held_nights = l.held_nights + a.nights
    FROM (SELECT listing_id, range_agg(nights) AS nights FROM added GROUP BY listing_id) a
    WHERE l.id = a.listing_id;
    RETURN NULL;
END $$;

-- Holds never overlap (the exclusion constraint), so adding and subtracting ranges keeps
-- the multirange exactly the union of the listing's holds.
CREATE TRIGGER listing_holds_added AFTER INSERT ON listing_holds
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION listing_holds_added();
CREATE TRIGGER listing_holds_removed AFTER DELETE ON listing_holds
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION listing_holds_removed();
CREATE TRIGGER listing_holds_changed AFTER UPDATE ON listing_holds
    REFERENCING OLD TABLE AS removed NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION listing_holds_changed();

-- Destinations match a city, a region or a country: an index for each, so the planner can
-- OR them together. The city index is not partial, so the table can be clustered on it
-- (a city's listings then sit on few pages).
DROP INDEX listings_city_idx;
CREATE INDEX listings_city_idx ON listings (lower(city));
CREATE INDEX listings_state_idx ON listings (lower(state)) WHERE is_active;
CREATE INDEX listings_country_idx ON listings (lower(country)) WHERE is_active;
