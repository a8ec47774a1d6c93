-- "Picked for you" (server::assistant::picks): what a person searched for, kept only with
-- their consent (a preference, on by default, that the account page explains), cleared on
-- request, and deleted with the account (ON DELETE CASCADE).
ALTER TABLE users ADD COLUMN keep_search_history boolean NOT NULL DEFAULT true;

CREATE TABLE search_history (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id      uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    destination  text NOT NULL CHECK (length(destination) BETWEEN 1 AND 200),
    -- The place's centre when Haven knows it (catalog::places).
    latitude     double precision CHECK (latitude BETWEEN -90 AND 90),
    longitude    double precision CHECK (longitude BETWEEN -180 AND 180),
    check_in     date,
    check_out    date,
    searched_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX search_history_user_idx ON search_history (user_id, searched_at DESC);

-- Who showed interest in which listing: saved it to a wishlist, or booked it (a stay
-- that was asked for and not refused). The recommender's interactions.
CREATE VIEW listing_interest AS
    SELECT w.user_id, i.listing_id
    FROM wishlist_items i JOIN wishlists w ON w.id = i.wishlist_id
    UNION
    SELECT guest_id, listing_id FROM bookings WHERE status IN ('pending', 'confirmed', 'completed');
