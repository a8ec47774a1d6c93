-- E-mail (issue 17): what the mailer sent, password resets, e-mail verification.

-- When the account proved it owns its address. Accounts from before this migration (and
-- the demo seed's) count as verified; a new sign-up starts unverified.
ALTER TABLE users ADD COLUMN email_verified_at timestamptz;
UPDATE users SET email_verified_at = created_at;

-- One row per e-mail the mailer handed to the SMTP relay, keyed by the outbox event it
-- came from: written in the same transaction that records the event as consumed (see
-- server/mail/mod.rs for the guarantee), and the history the new-message throttle reads.
CREATE TABLE mail_sent (
    event_id        uuid PRIMARY KEY,
    user_id         uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind            text NOT NULL,
    conversation_id bigint,
    sent_at         timestamptz NOT NULL
);
CREATE INDEX mail_sent_conversation_idx ON mail_sent (user_id, conversation_id, sent_at)
    WHERE conversation_id IS NOT NULL;

-- Password-reset links: only a SHA-256 of the 256-bit token is stored; single use, expiring.
CREATE TABLE password_resets (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash  bytea NOT NULL UNIQUE CHECK (length(token_hash) = 32),
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz
);
CREATE INDEX password_resets_user_idx ON password_resets (user_id);

-- E-mail verification links, for the address in `email` (the sign-up address, or a new
-- one that takes effect only when its link is used). Stored like password resets.
CREATE TABLE email_verifications (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    email       text NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
    token_hash  bytea NOT NULL UNIQUE CHECK (length(token_hash) = 32),
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz
);
CREATE INDEX email_verifications_user_idx ON email_verifications (user_id);

-- The account's own e-mails (password reset, verification) travel on a stream of their own.
ALTER TABLE outbox_events DROP CONSTRAINT outbox_events_stream_check;
ALTER TABLE outbox_events ADD CONSTRAINT outbox_events_stream_check CHECK (stream IN (
    'booking-requests', 'booking-updates', 'booking-confirmations', 'booking-cancellations',
    'notifications', 'account_mail'));

-- A new-message e-mail held back by the 10-minute window: one row per person and
-- conversation while its deferred event waits, so any number of messages in the window
-- make one e-mail at its end.
CREATE TABLE mail_deferred (
    user_id         uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    conversation_id bigint NOT NULL,
    due_at          timestamptz NOT NULL,
    PRIMARY KEY (user_id, conversation_id)
);
