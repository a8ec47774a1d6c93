-- The booking engine: the price as booked, every status change, events through a
-- transactional outbox (deliveries, dead letters), in-app notifications, payments, the
-- money ledger and idempotency keys. Overlaps stay impossible through `listing_holds`
-- (its exclusion constraint): a pending or confirmed booking always holds its nights there.

ALTER TABLE bookings
    ADD COLUMN special_requests  text NOT NULL DEFAULT '' CHECK (length(special_requests) <= 2000),
    -- The price as booked, line by line: [{"label": ..., "amount_minor": ...}, ...].
    ADD COLUMN price_lines       jsonb NOT NULL DEFAULT '[]',
    ADD COLUMN service_fee_minor bigint NOT NULL DEFAULT 0 CHECK (service_fee_minor >= 0),
    ADD COLUMN taxes_minor       bigint NOT NULL DEFAULT 0 CHECK (taxes_minor >= 0),
    -- The listing's policy when booked: later changes do not touch booked stays.
    ADD COLUMN cancellation_policy text NOT NULL DEFAULT 'moderate'
                                 CHECK (cancellation_policy IN ('flexible', 'moderate', 'strict')),
    ADD COLUMN time_zone         text NOT NULL DEFAULT 'UTC',
    -- A pending request's deadline for the host's answer.
    ADD COLUMN expires_at        timestamptz,
    ADD COLUMN refund_minor      bigint NOT NULL DEFAULT 0 CHECK (refund_minor >= 0),
    ADD COLUMN cancellation_reason text CHECK (length(cancellation_reason) <= 1000),
    ADD CONSTRAINT bookings_refund_le_total CHECK (refund_minor <= total_minor);

-- Pending requests by deadline (expiry), and a host's bookings by listing.
CREATE INDEX bookings_pending_expiry_idx ON bookings (expires_at) WHERE status = 'pending';
CREATE INDEX bookings_confirmed_checkout_idx ON bookings (check_out) WHERE status = 'confirmed';

-- Every status change: who (NULL: Haven itself), when, from what (NULL: created), why.
CREATE TABLE booking_transitions (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    booking_id  bigint NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
    from_status text,
    to_status   text NOT NULL,
    actor_id    uuid REFERENCES users (id) ON DELETE SET NULL,
    actor_role  text NOT NULL CHECK (actor_role IN ('guest', 'host', 'system')),
    reason      text NOT NULL DEFAULT '' CHECK (length(reason) <= 1000),
    at          timestamptz NOT NULL
);
CREATE INDEX booking_transitions_booking_idx ON booking_transitions (booking_id, id);

-- Events, written in the same transaction as the change they describe.
CREATE TABLE outbox_events (
    event_id    uuid PRIMARY KEY,
    stream      text NOT NULL CHECK (stream IN ('booking-requests', 'booking-updates',
                    'booking-confirmations', 'booking-cancellations', 'notifications')),
    event_type  text NOT NULL,
    booking_id  bigint REFERENCES bookings (id) ON DELETE CASCADE,
    payload     jsonb NOT NULL,
    created_at  timestamptz NOT NULL
);
CREATE INDEX outbox_events_booking_idx ON outbox_events (booking_id);

-- One row per event and consumer: delivered at least once, retried with back-off, and
-- after the last attempt moved to `dead_letters`.
CREATE TABLE outbox_deliveries (
    event_id        uuid NOT NULL REFERENCES outbox_events (event_id) ON DELETE CASCADE,
    consumer        text NOT NULL,
    attempts        integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at timestamptz NOT NULL,
    locked_until    timestamptz,
    delivered_at    timestamptz,
    dead_at         timestamptz,
    last_error      text,
    PRIMARY KEY (event_id, consumer)
);
CREATE INDEX outbox_deliveries_due_idx ON outbox_deliveries (next_attempt_at)
    WHERE delivered_at IS NULL AND dead_at IS NULL;

-- Deliveries that failed every attempt, for an operator to inspect and replay.
CREATE TABLE dead_letters (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id    uuid NOT NULL REFERENCES outbox_events (event_id) ON DELETE CASCADE,
    consumer    text NOT NULL,
    attempts    integer NOT NULL,
    last_error  text NOT NULL,
    failed_at   timestamptz NOT NULL,
    replayed_at timestamptz
);

-- What each consumer has processed: delivery is at least once, the effect once.
CREATE TABLE consumed_events (
    consumer    text NOT NULL,
    event_id    uuid NOT NULL,
    consumed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);

-- The in-app notification list (the bell).
CREATE TABLE notifications (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    event_id    uuid NOT NULL,
    kind        text NOT NULL,
    booking_id  bigint REFERENCES bookings (id) ON DELETE CASCADE,
    title       text NOT NULL,
    body        text NOT NULL DEFAULT '',
    created_at  timestamptz NOT NULL,
    read_at     timestamptz,
    UNIQUE (user_id, event_id)
);
CREATE INDEX notifications_user_idx ON notifications (user_id, id DESC);
CREATE INDEX notifications_unread_idx ON notifications (user_id) WHERE read_at IS NULL;

-- What the payment provider was asked to do, and its reference for it.
CREATE TABLE payments (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    booking_id   bigint NOT NULL REFERENCES bookings (id) ON DELETE RESTRICT,
    provider     text NOT NULL,
    operation    text NOT NULL CHECK (operation IN ('authorize', 'capture', 'void', 'refund')),
    amount_minor bigint NOT NULL CHECK (amount_minor >= 0),
    currency     char(3) NOT NULL,
    reference    text NOT NULL,
    created_at   timestamptz NOT NULL
);
CREATE INDEX payments_booking_idx ON payments (booking_id, id);

-- Money moved for a booking. For a settled booking:
-- guest_charge - guest_refund = host_payout + haven_fee + taxes.
CREATE TABLE ledger_entries (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    booking_id   bigint NOT NULL REFERENCES bookings (id) ON DELETE RESTRICT,
    kind         text NOT NULL CHECK (kind IN
                     ('guest_charge', 'guest_refund', 'host_payout', 'haven_fee', 'taxes')),
    amount_minor bigint NOT NULL CHECK (amount_minor >= 0),
    currency     char(3) NOT NULL,
    created_at   timestamptz NOT NULL
);
CREATE INDEX ledger_entries_booking_idx ON ledger_entries (booking_id);

-- `Idempotency-Key`s of booking requests: the first successful answer, kept 48 hours.
CREATE TABLE idempotency_keys (
    user_id      uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    key          text NOT NULL CHECK (length(key) BETWEEN 1 AND 255),
    request_hash bytea NOT NULL,
    booking_id   bigint REFERENCES bookings (id) ON DELETE CASCADE,
    response     jsonb,
    created_at   timestamptz NOT NULL,
    PRIMARY KEY (user_id, key)
);
CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at);
