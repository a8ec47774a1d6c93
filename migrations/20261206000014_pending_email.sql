-- A change of e-mail address waiting for its link (issue 17): the account keeps `email`
-- until the link sent to `pending_email` is followed. Only the latest request counts: a
-- verification link for any other address than these two is refused.
ALTER TABLE users ADD COLUMN pending_email text
    CHECK (pending_email IS NULL OR length(pending_email) BETWEEN 3 AND 254);
