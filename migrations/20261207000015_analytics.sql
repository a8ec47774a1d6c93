-- The owner's dashboard (issue 18): what the analytics read, kept beside the booking engine.

-- What the host makes of a booking, by the split of `bookings::money::settle` (the Rust
-- function is the reference; `tests/analytics` checks these two against it): the stay's
-- revenue kept (`host_gross`: what the guest paid for the stay, less refunds and taxes)
-- and the host's payout (that, less Haven's host fee of 3 %). Integer division on
-- non-negative values floors, as in Rust.
CREATE FUNCTION settle_host_gross(total bigint, fee bigint, taxes bigint, refund bigint)
RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT (total - fee) - least(refund, total - fee)
           - CASE WHEN total - fee > 0
                  THEN div(taxes::numeric * ((total - fee) - least(refund, total - fee)) * 2
                           + (total - fee), 2 * (total - fee)::numeric)::bigint
                  ELSE 0 END
$$;

CREATE FUNCTION settle_host_payout(total bigint, fee bigint, taxes bigint, refund bigint)
RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT g - (g * 300 + 5000) / 10000 FROM (SELECT settle_host_gross(total, fee, taxes, refund) AS g) s
$$;

-- Stored, so every write path (the engine, the seed, tests) keeps them right and reads cost
-- nothing. A pending, declined or expired booking has them too; analytics count only
-- confirmed, completed and cancelled ones.
ALTER TABLE bookings
    ADD COLUMN host_revenue_minor bigint GENERATED ALWAYS AS
        (settle_host_gross(total_minor, service_fee_minor, taxes_minor, refund_minor)) STORED,
    ADD COLUMN host_earnings_minor bigint GENERATED ALWAYS AS
        (settle_host_payout(total_minor, service_fee_minor, taxes_minor, refund_minor)) STORED;

-- The exchange rates when the booking was made (units per US dollar, every currency), so
-- its amounts convert into the host's currency at the booking's rate ever after, whatever
-- the rates do later. Filled from `exchange_rates` when an insert does not give them.
ALTER TABLE bookings ADD COLUMN fx_rates jsonb;
UPDATE bookings SET fx_rates = (SELECT jsonb_object_agg(currency, per_usd) FROM exchange_rates);
ALTER TABLE bookings ALTER COLUMN fx_rates SET NOT NULL,
    ADD CONSTRAINT bookings_fx_has_currency CHECK (fx_rates ? currency::text);

CREATE FUNCTION bookings_fx_rates() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.fx_rates IS NULL THEN
        NEW.fx_rates := (SELECT jsonb_object_agg(currency, per_usd) FROM exchange_rates);
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER bookings_fx_rates BEFORE INSERT ON bookings
    FOR EACH ROW EXECUTE FUNCTION bookings_fx_rates();

-- `amount` of a booking in `cur` converted into `target` at the booking's `rates`.
CREATE FUNCTION fx_convert(amount numeric, rates jsonb, cur char(3), target char(3))
RETURNS numeric LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN cur = target THEN amount
                ELSE amount * (rates ->> target::text)::numeric / (rates ->> cur::text)::numeric END
$$;

-- A host's stays by the nights they cover.
CREATE INDEX bookings_listing_checkout_idx ON bookings (listing_id, check_out);

-- Listing page views per listing and local day, counted by the app servers (not the host's
-- own views, not known bots) and added here in batches.
CREATE TABLE listing_views (
    listing_id  bigint NOT NULL REFERENCES listings (id) ON DELETE CASCADE,
    day         date NOT NULL,
    views       integer NOT NULL CHECK (views >= 0),
    PRIMARY KEY (listing_id, day)
);

-- Payouts to hosts: the host's share of completed or cancelled stays (`host_payout` ledger
-- entries), gathered per host and currency into one transfer a day.
CREATE TABLE payouts (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    host_id       uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
    currency      char(3) NOT NULL,
    amount_minor  bigint NOT NULL CHECK (amount_minor >= 0),
    status        text NOT NULL CHECK (status IN ('scheduled', 'paid')),
    -- When the transfer is due to be sent, and when the payout rail confirmed it.
    release_at    timestamptz NOT NULL,
    paid_at       timestamptz,
    reference     text,
    created_at    timestamptz NOT NULL,
    CHECK ((status = 'paid') = (paid_at IS NOT NULL))
);
CREATE INDEX payouts_host_idx ON payouts (host_id, release_at DESC);
CREATE INDEX payouts_due_idx ON payouts (release_at) WHERE status = 'scheduled';

-- Which ledger entries a payout carries: each `host_payout` entry goes out once.
CREATE TABLE payout_items (
    payout_id        bigint NOT NULL REFERENCES payouts (id) ON DELETE CASCADE,
    ledger_entry_id  bigint NOT NULL UNIQUE REFERENCES ledger_entries (id) ON DELETE RESTRICT,
    booking_id       bigint NOT NULL REFERENCES bookings (id) ON DELETE RESTRICT,
    amount_minor     bigint NOT NULL CHECK (amount_minor >= 0),
    PRIMARY KEY (payout_id, ledger_entry_id)
);
CREATE INDEX payout_items_booking_idx ON payout_items (booking_id);
