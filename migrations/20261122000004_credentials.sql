-- A password change signs out every other session: each session remembers the epoch it
-- signed in under, and only sessions of the current epoch are honoured.
ALTER TABLE users ADD COLUMN auth_epoch integer NOT NULL DEFAULT 0 CHECK (auth_epoch >= 0);
