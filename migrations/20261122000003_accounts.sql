-- Accounts: profile details, preferences, and bearer tokens for API clients.
ALTER TABLE users
    ADD COLUMN languages          text[] NOT NULL DEFAULT '{}',
    ADD COLUMN preferred_language text NOT NULL DEFAULT 'en' CHECK (preferred_language ~ '^[a-z]{2}(-[A-Z]{2})?$'),
    ADD COLUMN preferred_currency char(3) NOT NULL DEFAULT 'USD' CHECK (preferred_currency IN ('USD', 'EUR', 'GBP')),
    ADD COLUMN time_zone          text NOT NULL DEFAULT 'UTC' CHECK (length(time_zone) BETWEEN 1 AND 64),
    ADD COLUMN notify_booking_updates boolean NOT NULL DEFAULT true,
    ADD COLUMN notify_messages    boolean NOT NULL DEFAULT true,
    ADD COLUMN notify_marketing   boolean NOT NULL DEFAULT false;

-- Opaque bearer tokens. Only a SHA-256 of the token is stored: a database leak does not
-- leak usable tokens (they are random 256-bit values, so no slow hash is needed).
CREATE TABLE api_tokens (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id      uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash   bytea NOT NULL UNIQUE CHECK (length(token_hash) = 32),
    created_at   timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz NOT NULL,
    revoked_at   timestamptz
);
CREATE INDEX api_tokens_user_id_idx ON api_tokens (user_id);
