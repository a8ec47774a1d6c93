-- Payouts (issue 18): the worker gathers the hosts' `host_payout` ledger entries into
-- `payouts` (…15_analytics.sql) and a payout rail pays them (`server::payouts`).

-- The release rule, in one place for the scheduler and the dashboard's "upcoming": a
-- host's share settled at `settled` (the stay completed on its check-out day, or a
-- confirmed stay was cancelled) is released at the first 00:00 UTC at least 24 hours
-- later. Computed on UTC timestamps, so it does not depend on the session's time zone.
-- A SQL-standard body, so a restore with an empty `search_path` finds what it calls.
CREATE FUNCTION payout_release_at(settled timestamptz)
RETURNS timestamptz LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN (date_trunc('day', (settled AT TIME ZONE 'UTC') + interval '1 day' - interval '1 microsecond')
        + interval '1 day') AT TIME ZONE 'UTC';

-- One open (scheduled) payout per host, currency and release time: the scheduler adds to
-- it (`ON CONFLICT … WHERE status = 'scheduled'`), several workers at once included. A
-- payout already paid is no longer open; an entry gathered later gets a payout of its own.
CREATE UNIQUE INDEX payouts_open_idx ON payouts (host_id, currency, release_at)
    WHERE status = 'scheduled';

-- A host's paid payouts, newest first, page by page (`before` a payout id).
CREATE INDEX payouts_host_paid_idx ON payouts (host_id, release_at DESC, id DESC)
    WHERE status = 'paid';

-- The host shares in no payout yet, kept by two triggers whatever writes them (the engine,
-- the seed, tests): a `host_payout` entry joins when it is written, and leaves when a
-- payout item carries it. The scheduler takes its work here and the dashboard's "upcoming"
-- reads it, both in time proportional to what waits, not to the whole ledger.
CREATE TABLE payout_queue (
    ledger_entry_id  bigint PRIMARY KEY REFERENCES ledger_entries (id) ON DELETE CASCADE
);
INSERT INTO payout_queue (ledger_entry_id)
SELECT le.id FROM ledger_entries le
WHERE le.kind = 'host_payout'
  AND NOT EXISTS (SELECT 1 FROM payout_items i WHERE i.ledger_entry_id = le.id);

-- After the statement, so an item written by the same statement (a CTE) is seen.
CREATE FUNCTION payout_queue_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO payout_queue (ledger_entry_id)
    SELECT n.id FROM added n
    WHERE n.kind = 'host_payout'
      AND NOT EXISTS (SELECT 1 FROM payout_items i WHERE i.ledger_entry_id = n.id)
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;
CREATE TRIGGER payout_queue_add AFTER INSERT ON ledger_entries
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION payout_queue_add();

CREATE FUNCTION payout_queue_remove() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM payout_queue q USING added a WHERE q.ledger_entry_id = a.ledger_entry_id;
    RETURN NULL;
END
$$;
CREATE TRIGGER payout_queue_remove AFTER INSERT ON payout_items
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION payout_queue_remove();

-- A payout's reference is what the rail answered; a paid one always has one.
ALTER TABLE payouts ADD CONSTRAINT payouts_paid_has_reference
    CHECK (status <> 'paid' OR reference IS NOT NULL);

-- What a host is still to be paid, share by share, with its (expected) release: confirmed
-- stays (the share they will settle with, `host_earnings_minor`, released by the rule from
-- their check-out day's local midnight, when the sweep completes them) and settled shares
-- the scheduler has not gathered into a payout yet. Read per host (`WHERE host_id = …`).
CREATE VIEW upcoming_payout_shares AS
SELECT l.host_id, b.id AS booking_id, b.listing_id, l.title AS listing_title, b.check_in,
       b.check_out, b.status, b.currency, b.host_earnings_minor AS amount_minor,
       payout_release_at(b.check_out::timestamp AT TIME ZONE b.time_zone) AS release_at
FROM bookings b
JOIN listings l ON l.id = b.listing_id
WHERE b.status = 'confirmed' AND b.host_earnings_minor > 0
UNION ALL
SELECT l.host_id, b.id, b.listing_id, l.title, b.check_in, b.check_out, b.status,
       le.currency, le.amount_minor, payout_release_at(le.created_at)
FROM payout_queue q
JOIN ledger_entries le ON le.id = q.ledger_entry_id
JOIN bookings b ON b.id = le.booking_id
JOIN listings l ON l.id = b.listing_id;
