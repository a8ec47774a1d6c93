-- `settle_host_payout` (…15_analytics.sql) called `settle_host_gross` by name inside a
-- string body, which is looked up through `search_path` when the function runs. pg_restore
-- runs with an empty `search_path` and computes the generated `bookings.host_earnings_minor`
-- while it loads the rows, so a restore failed with "function settle_host_gross does not
-- exist" (scripts/backup-check.sh). A SQL-standard body is parsed once, here: it refers to
-- the function itself, not its name, and pg_dump orders the two by that dependency.
CREATE OR REPLACE FUNCTION settle_host_payout(total bigint, fee bigint, taxes bigint, refund bigint)
RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN (SELECT g - (g * 300 + 5000) / 10000
          FROM (SELECT settle_host_gross(total, fee, taxes, refund) AS g) s);
