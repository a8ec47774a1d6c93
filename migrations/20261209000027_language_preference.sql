-- The account's language becomes a real choice: NULL until the person picks one (then the
-- picker's cookie and the browser's Accept-Language decide), instead of an 'en' that every
-- account got by default and nobody chose.
ALTER TABLE users ALTER COLUMN preferred_language DROP NOT NULL,
                  ALTER COLUMN preferred_language DROP DEFAULT;
UPDATE users SET preferred_language = NULL WHERE preferred_language = 'en';
