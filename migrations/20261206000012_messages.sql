-- Messages between a guest and a host: one conversation per inquiry (asked from the
-- listing page before booking) or per booking. A booking made by a guest with an open
-- inquiry on that listing continues it (`booking_id` is set); any other booking starts its
-- own when it is created. Each party has a read marker: the last message they have seen.
CREATE TABLE conversations (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    listing_id      bigint NOT NULL REFERENCES listings (id) ON DELETE RESTRICT,
    guest_id        uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
    host_id         uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
    -- How it started: a question before booking, or a booking (for response statistics).
    kind            text NOT NULL CHECK (kind IN ('inquiry', 'booking')),
    booking_id      bigint UNIQUE REFERENCES bookings (id) ON DELETE RESTRICT,
    -- The stay the guest asked about (an inquiry may name no dates).
    check_in        date,
    check_out       date,
    guest_count     integer CHECK (guest_count BETWEEN 1 AND 50),
    created_at      timestamptz NOT NULL,
    last_message_at timestamptz NOT NULL,
    -- Read markers: the id of the last message each party has seen (0: none).
    guest_read_id   bigint NOT NULL DEFAULT 0,
    host_read_id    bigint NOT NULL DEFAULT 0,
    guest_read_at   timestamptz,
    host_read_at    timestamptz,
    CONSTRAINT conversations_two_people CHECK (guest_id <> host_id),
    CONSTRAINT conversations_stay CHECK (
        (check_in IS NULL) = (check_out IS NULL) AND (check_in IS NULL OR check_out > check_in)),
    CONSTRAINT conversations_booking_kind CHECK (kind = 'inquiry' OR booking_id IS NOT NULL)
);
-- The inbox: a person's conversations by last activity, as guest and as host.
CREATE INDEX conversations_guest_idx ON conversations (guest_id, last_message_at DESC, id DESC);
CREATE INDEX conversations_host_idx ON conversations (host_id, last_message_at DESC, id DESC);
-- At most one open inquiry (no booking yet) per guest and listing: asking again continues it.
CREATE UNIQUE INDEX conversations_open_inquiry ON conversations (listing_id, guest_id)
    WHERE booking_id IS NULL;
-- Response statistics: a host's conversations by when they started.
CREATE INDEX conversations_host_started_idx ON conversations (host_id, created_at);

CREATE TABLE messages (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    conversation_id bigint NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    sender_id       uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
    -- Plain text as typed (trimmed); escaped when shown.
    body            text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 4000),
    created_at      timestamptz NOT NULL
);
CREATE INDEX messages_conversation_idx ON messages (conversation_id, id);
-- The per-person rate limit counts a sender's recent messages.
CREATE INDEX messages_sender_idx ON messages (sender_id, created_at);

-- Only the two parties write in a conversation.
CREATE FUNCTION messages_by_a_party() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM conversations c
                   WHERE c.id = NEW.conversation_id
                     AND NEW.sender_id IN (c.guest_id, c.host_id)) THEN
        RAISE EXCEPTION 'message in conversation % is not by a party of it', NEW.conversation_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'messages_by_a_party';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER messages_by_a_party BEFORE INSERT OR UPDATE OF conversation_id, sender_id
    ON messages FOR EACH ROW EXECUTE FUNCTION messages_by_a_party();

-- Bookings made before messaging existed get their (empty) conversation.
INSERT INTO conversations (listing_id, guest_id, host_id, kind, booking_id, created_at,
                           last_message_at)
SELECT b.listing_id, b.guest_id, l.host_id, 'booking', b.id, b.created_at, b.created_at
FROM bookings b JOIN listings l ON l.id = b.listing_id
WHERE b.guest_id <> l.host_id;
