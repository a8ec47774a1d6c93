-- A version per host for the reports each app server keeps (server::analytics::cache): it
-- goes up in the same transaction as anything a report reads, so a report computed at
-- one version is never served at the next. Roll-up recomputes bump it
-- (rollup::refresh::host_days); so does any change to the listings a report names (a new
-- one, a new title, a change of host, zone or dates, a deletion), here.
CREATE TABLE analytics_versions (
    host_id  uuid PRIMARY KEY,
    version  bigint NOT NULL DEFAULT 1
);

CREATE FUNCTION analytics_version_listing() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO analytics_versions AS v (host_id)
    SELECT h FROM (VALUES (CASE WHEN TG_OP <> 'INSERT' THEN OLD.host_id END),
                          (CASE WHEN TG_OP <> 'DELETE' THEN NEW.host_id END)) AS x (h)
    WHERE h IS NOT NULL
    GROUP BY h
    ON CONFLICT (host_id) DO UPDATE SET version = v.version + 1;
    RETURN NULL;
END
$$;
CREATE TRIGGER analytics_version_listing_insert AFTER INSERT ON listings
    FOR EACH ROW EXECUTE FUNCTION analytics_version_listing();
CREATE TRIGGER analytics_version_listing_update
    AFTER UPDATE OF title, host_id, time_zone, created_at, deleted_at ON listings FOR EACH ROW
    WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.host_id IS DISTINCT FROM NEW.host_id
          OR OLD.time_zone IS DISTINCT FROM NEW.time_zone
          OR OLD.created_at IS DISTINCT FROM NEW.created_at
          OR OLD.deleted_at IS DISTINCT FROM NEW.deleted_at)
    EXECUTE FUNCTION analytics_version_listing();
CREATE TRIGGER analytics_version_listing_delete AFTER DELETE ON listings
    FOR EACH ROW EXECUTE FUNCTION analytics_version_listing();
