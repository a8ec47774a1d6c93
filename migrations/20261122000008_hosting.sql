-- Hosts manage their listings: photos get an identity (to reorder, delete, choose the cover)
-- and resized variants made by a background job; a queue for that work and what follows.

-- Photos keep their order in `position` (0 is the cover). Reordering renumbers a listing's
-- photos in one transaction, so the uniqueness of a position is checked at commit.
ALTER TABLE listing_photos DROP CONSTRAINT listing_photos_pkey;
ALTER TABLE listing_photos
    ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- The object-store key of an uploaded photo (NULL for the demo photos shipped in public/).
    ADD COLUMN object_key   text,
    -- Resized variants, once the background job has made them; until then pages show `url`.
    ADD COLUMN card_url     text,
    ADD COLUMN gallery_url  text,
    ADD COLUMN full_url     text,
    ADD COLUMN created_at   timestamptz NOT NULL DEFAULT now(),
    ADD CONSTRAINT listing_photos_position_key UNIQUE (listing_id, position) DEFERRABLE INITIALLY DEFERRED;

-- A host's own listings, newest first, including paused ones (not deleted).
CREATE INDEX listings_host_live_idx ON listings (host_id, created_at DESC) WHERE deleted_at IS NULL;

-- Background work, taken with FOR UPDATE SKIP LOCKED by any number of workers. A job is
-- retried with back-off until `max_attempts`; then it stays here with its last error, for an
-- operator to inspect and run again (`attempts = 0`).
CREATE TABLE jobs (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind         text NOT NULL CHECK (length(kind) BETWEEN 1 AND 64),
    payload      jsonb NOT NULL DEFAULT '{}',
    run_at       timestamptz NOT NULL DEFAULT now(),
    attempts     integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    max_attempts integer NOT NULL DEFAULT 5 CHECK (max_attempts > 0),
    -- A worker holds the job until then; a crashed worker's job is taken again afterwards.
    locked_until timestamptz,
    last_error   text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    done_at      timestamptz
);
-- The jobs waiting to run, in the order they are due.
CREATE INDEX jobs_due_idx ON jobs (run_at) WHERE done_at IS NULL;
