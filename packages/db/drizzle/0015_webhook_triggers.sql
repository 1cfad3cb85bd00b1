-- Webhook events (ADR 0022): every change a webhook can report creates its deliveries in the same
-- transaction, whichever code path made it (uploads, the worker, bulk actions, the trash, purges): one
-- delivery row per enabled endpoint that listens for the event and may see the document (an admin's
-- endpoint every document, a member's their own), and a deliver_webhook job for it (@docscan/jobs).
-- Without endpoints this is one small lookup per change.
CREATE OR REPLACE FUNCTION docscan_webhook_enqueue(p_document uuid, p_owner uuid, p_event text, p_snapshot jsonb) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  d record;
BEGIN
  FOR d IN
    INSERT INTO webhook_deliveries (endpoint_id, event, document_id, snapshot)
    SELECT e.id, p_event, p_document, p_snapshot
    FROM webhook_endpoints e JOIN users u ON u.id = e.owner_id
    WHERE e.enabled AND NOT u.disabled AND p_event = ANY (e.events) AND (u.role = 'admin' OR e.owner_id = p_owner)
    ON CONFLICT (endpoint_id, document_id, event) WHERE state = 'pending' AND attempts = 0 DO NOTHING
    RETURNING id
  LOOP
    PERFORM graphile_worker.add_job('deliver_webhook', json_build_object('deliveryId', d.id), max_attempts => 8, job_key => 'deliver_webhook:' || d.id);
  END LOOP;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION docscan_webhook_snapshot(d documents) RETURNS jsonb
LANGUAGE sql STABLE AS $$
  SELECT jsonb_build_object('id', d.id, 'filename', d.filename, 'status', d.status, 'ownerId', d.owner_id, 'createdAt', d.created_at)
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION docscan_webhook_document_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM webhook_endpoints WHERE enabled) THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    PERFORM docscan_webhook_enqueue(NEW.id, NEW.owner_id, 'document.created', docscan_webhook_snapshot(NEW));
  ELSIF TG_OP = 'DELETE' THEN
    -- A document already in the trash was reported when it went there.
    IF OLD.trashed_at IS NULL THEN
      PERFORM docscan_webhook_enqueue(OLD.id, OLD.owner_id, 'document.deleted', docscan_webhook_snapshot(OLD));
    END IF;
  ELSE
    IF NEW.trashed_at IS NOT NULL AND OLD.trashed_at IS NULL THEN
      PERFORM docscan_webhook_enqueue(NEW.id, NEW.owner_id, 'document.deleted', docscan_webhook_snapshot(NEW));
    ELSIF NEW.status IS DISTINCT FROM OLD.status AND NEW.status IN ('done', 'failed') THEN
      PERFORM docscan_webhook_enqueue(NEW.id, NEW.owner_id, 'document.' || NEW.status, docscan_webhook_snapshot(NEW));
    END IF;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER documents_webhook_insert AFTER INSERT ON documents FOR EACH ROW EXECUTE FUNCTION docscan_webhook_document_trigger();
--> statement-breakpoint
CREATE TRIGGER documents_webhook_update AFTER UPDATE OF status, trashed_at ON documents FOR EACH ROW EXECUTE FUNCTION docscan_webhook_document_trigger();
--> statement-breakpoint
CREATE TRIGGER documents_webhook_delete AFTER DELETE ON documents FOR EACH ROW EXECUTE FUNCTION docscan_webhook_document_trigger();
--> statement-breakpoint
-- Topic links change in sets (a classification replaces all of a document's AI links): one event per
-- document and statement, and the waiting-delivery index folds a burst into one.
CREATE OR REPLACE FUNCTION docscan_webhook_topics_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM webhook_endpoints WHERE enabled) THEN
    RETURN NULL;
  END IF;
  PERFORM docscan_webhook_enqueue(d.id, d.owner_id, 'document.topics_changed', docscan_webhook_snapshot(d))
  FROM documents d
  WHERE d.trashed_at IS NULL AND d.id IN (SELECT document_id FROM changed_links);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER document_topics_webhook_insert AFTER INSERT ON document_topics REFERENCING NEW TABLE AS changed_links FOR EACH STATEMENT EXECUTE FUNCTION docscan_webhook_topics_trigger();
--> statement-breakpoint
CREATE TRIGGER document_topics_webhook_update AFTER UPDATE ON document_topics REFERENCING NEW TABLE AS changed_links FOR EACH STATEMENT EXECUTE FUNCTION docscan_webhook_topics_trigger();
--> statement-breakpoint
CREATE TRIGGER document_topics_webhook_delete AFTER DELETE ON document_topics REFERENCING OLD TABLE AS changed_links FOR EACH STATEMENT EXECUTE FUNCTION docscan_webhook_topics_trigger();
