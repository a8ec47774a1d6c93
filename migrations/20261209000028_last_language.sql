-- The language a person last read Haven in, when they never chose one: e-mails go out in
-- it (the account's preference first). Written by the request that finds it changed.
ALTER TABLE users ADD COLUMN last_language text CHECK (last_language ~ '^[a-z]{2}$');
