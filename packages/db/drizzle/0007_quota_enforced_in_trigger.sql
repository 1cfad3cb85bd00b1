-- Quotas are enforced where usage is counted: the insert trigger refuses a statement that takes an owner past
-- a quota (SQLSTATE DQ001). Its UPDATE takes the owner's row lock and re-reads the latest committed counters,
-- so concurrent uploads of one owner cannot overshoot together, and a quota set while an upload is in flight
-- holds too. The api still checks before storing any bytes; this is the check that cannot be raced.
CREATE OR REPLACE FUNCTION docscan_usage_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  over_quota uuid;
BEGIN
  UPDATE users u SET used_documents = u.used_documents + s.n, used_bytes = u.used_bytes + s.bytes
  FROM (SELECT owner_id, count(*)::int AS n, sum(size)::bigint AS bytes FROM new_rows WHERE owner_id IS NOT NULL GROUP BY owner_id) s
  WHERE u.id = s.owner_id;
  SELECT u.id INTO over_quota FROM users u
  WHERE u.id IN (SELECT owner_id FROM new_rows)
    AND ((u.quota_documents IS NOT NULL AND u.used_documents > u.quota_documents) OR (u.quota_bytes IS NOT NULL AND u.used_bytes > u.quota_bytes))
  LIMIT 1;
  IF over_quota IS NOT NULL THEN
    RAISE EXCEPTION 'these documents would take user % past their quota', over_quota USING ERRCODE = 'DQ001';
  END IF;
  RETURN NULL;
END $$;
