-- Guests' wishlists: named lists of saved listings ("Saved" is everyone's first).
CREATE TABLE wishlists (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX wishlists_user_name_key ON wishlists (user_id, lower(name));

CREATE TABLE wishlist_items (
    wishlist_id bigint NOT NULL REFERENCES wishlists (id) ON DELETE CASCADE,
    listing_id  bigint NOT NULL REFERENCES listings (id) ON DELETE CASCADE,
    saved_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (wishlist_id, listing_id)
);
CREATE INDEX wishlist_items_listing_idx ON wishlist_items (listing_id);
