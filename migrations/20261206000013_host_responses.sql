-- A host's responses, defined once (issue 17): the listing page's response rate and median
-- response time (90 days) and the host badge's response rate (365 days) both read this.
--
-- - An inquiry starts with the guest's first message; the host's answer is their first
--   message after it.
-- - A booking request starts when it is made (pending); the answer is the host's decision
--   (accept or decline). A request the guest withdrew before any decision is not counted.
-- - Either counts as responded when answered within 24 hours, and as not responded once
--   24 hours have passed without an answer (answering later does not help); one younger
--   than that with no answer yet is not counted.
--
-- One row per counted inquiry or request of `p_host` (every host when NULL) started after
-- `p_since`, as things stood at `p_now`: how long the answer took, and whether it counts
-- as responded. A single SQL statement, STABLE, so the planner inlines it into the caller.
CREATE FUNCTION host_responses(p_host uuid, p_since timestamptz, p_now timestamptz)
RETURNS TABLE (host_id uuid, took interval, responded boolean)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    WITH items AS (
        SELECT c.host_id, fg.at AS started,
               (SELECT min(m.created_at) FROM messages m
                WHERE m.conversation_id = c.id AND m.sender_id = c.host_id
                  AND m.created_at >= fg.at) AS answered,
               false AS withdrawn
        FROM conversations c
        CROSS JOIN LATERAL (SELECT min(m.created_at) AS at FROM messages m
                            WHERE m.conversation_id = c.id AND m.sender_id = c.guest_id) fg
        WHERE (p_host IS NULL OR c.host_id = p_host) AND c.kind = 'inquiry'
          AND fg.at IS NOT NULL AND fg.at > p_since
        UNION ALL
        SELECT l.host_id, b.created_at,
               CASE WHEN d.actor_role = 'host' THEN d.at END,
               COALESCE(d.actor_role = 'guest', false)
        FROM bookings b
        JOIN listings l ON l.id = b.listing_id
        JOIN booking_transitions t0 ON t0.booking_id = b.id
             AND t0.from_status IS NULL AND t0.to_status = 'pending'
        LEFT JOIN LATERAL (SELECT t.at, t.actor_role FROM booking_transitions t
                           WHERE t.booking_id = b.id
                             AND t.from_status = 'pending' AND t.at <= p_now
                           ORDER BY t.id LIMIT 1) d ON true
        WHERE (p_host IS NULL OR l.host_id = p_host) AND b.created_at > p_since),
    judged AS (
        SELECT host_id, started, answered - started AS took,
               (answered IS NOT NULL AND answered <= p_now
                AND answered - started <= interval '24 hours') AS responded
        FROM items
        WHERE started <= p_now AND NOT withdrawn)
    SELECT host_id, took, responded
    FROM judged
    WHERE responded OR started <= p_now - interval '24 hours'
$$;
