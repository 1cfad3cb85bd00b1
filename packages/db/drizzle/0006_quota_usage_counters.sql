-- Per-user usage counters for quotas: kept by statement-level triggers with transition tables, so an
-- upload's quota check reads one row instead of summing a user's documents, and bulk loads (COPY) stay fast.
CREATE FUNCTION docscan_usage_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE users u SET used_documents = u.used_documents + s.n, used_bytes = u.used_bytes + s.bytes
  FROM (SELECT owner_id, count(*)::int AS n, sum(size)::bigint AS bytes FROM new_rows WHERE owner_id IS NOT NULL GROUP BY owner_id) s
  WHERE u.id = s.owner_id;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION docscan_usage_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE users u SET used_documents = u.used_documents - s.n, used_bytes = u.used_bytes - s.bytes
  FROM (SELECT owner_id, count(*)::int AS n, sum(size)::bigint AS bytes FROM old_rows WHERE owner_id IS NOT NULL GROUP BY owner_id) s
  WHERE u.id = s.owner_id;
  RETURN NULL;
END $$;--> statement-breakpoint
-- Owner and size never change after insert, so there is no UPDATE trigger (it would run on every status
-- change); the one statement that changes owners (the first admin adopting pre-account documents) recomputes.
CREATE TRIGGER documents_usage_insert AFTER INSERT ON documents
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION docscan_usage_after_insert();--> statement-breakpoint
CREATE TRIGGER documents_usage_delete AFTER DELETE ON documents
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION docscan_usage_after_delete();
