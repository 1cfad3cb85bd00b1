CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"actor_email" text,
	"token_id" uuid,
	"token_name" text,
	"ip" text,
	"action" text NOT NULL,
	"object_type" text NOT NULL,
	"object_id" text,
	"object_label" text,
	"before" jsonb,
	"after" jsonb,
	CONSTRAINT "audit_log_json_size" CHECK (coalesce(pg_column_size("audit_log"."before"), 0) + coalesce(pg_column_size("audit_log"."after"), 0) < 16384)
);
--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id","id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "audit_log_object_idx" ON "audit_log" USING btree ("object_type","object_id","id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action","id" DESC NULLS LAST);--> statement-breakpoint
-- Append-only (ADR 0024): no UPDATE or TRUNCATE ever, and DELETE only from the retention prune below,
-- which marks its own transaction and can only reach entries older than a day. A role that owns the table
-- can still drop the trigger; this stops every code path of the application, and mistakes, from rewriting history.
CREATE OR REPLACE FUNCTION docscan_audit_log_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF current_setting('docscan.audit_prune', true) = 'on' AND OLD.at < now() - interval '1 day' THEN
      RETURN OLD;
    END IF;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION docscan_audit_log_guard();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION docscan_audit_log_guard();
--> statement-breakpoint
-- Retention (AUDIT_DAYS): deletes up to p_limit entries older than p_days, oldest first; returns how many.
CREATE OR REPLACE FUNCTION docscan_audit_prune(p_days integer, p_limit integer) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  n integer;
BEGIN
  IF p_days IS NULL OR p_days < 1 THEN
    RAISE EXCEPTION 'audit retention must be at least 1 day';
  END IF;
  PERFORM set_config('docscan.audit_prune', 'on', true);
  DELETE FROM audit_log WHERE id IN (
    SELECT id FROM audit_log WHERE at < now() - make_interval(days => p_days) ORDER BY id LIMIT p_limit
  );
  GET DIAGNOSTICS n = ROW_COUNT;
  PERFORM set_config('docscan.audit_prune', 'off', true);
  RETURN n;
END $$;
