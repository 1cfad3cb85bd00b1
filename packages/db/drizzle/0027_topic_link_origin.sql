-- Who first put a topic on a document, and what a person took off (ADR 0035, issue 20 item 4 "Topic health").
-- document_topics.origin: 'classifier' (applied above the threshold: every AI link, and a manual link a person
-- kept), 'review' (suggested below it, a person accepted), 'person' (a person's own choice). A link turned
-- manual keeps its origin. document_topic_rejections.origin: the origin of what the person removed ('review'
-- for a suggestion turned down); null when nothing was there (a bulk removal) or the removal predates this.
ALTER TABLE "document_topics" ADD COLUMN "origin" text DEFAULT 'person' NOT NULL;--> statement-breakpoint
ALTER TABLE "document_topic_rejections" ADD COLUMN "origin" text;--> statement-breakpoint
ALTER TABLE "document_topics" ADD CONSTRAINT "document_topics_origin_check" CHECK ("document_topics"."origin" IN ('classifier', 'review', 'person'));--> statement-breakpoint
ALTER TABLE "document_topic_rejections" ADD CONSTRAINT "document_topic_rejections_origin_check" CHECK ("document_topic_rejections"."origin" IN ('classifier', 'review', 'person'));--> statement-breakpoint
-- Links made before this migration: an AI link is the classifier's; a manual one counts as a person's (whether
-- it was a kept AI link or an accepted suggestion was not recorded).
UPDATE "document_topics" SET "origin" = 'classifier' WHERE "source" = 'ai';--> statement-breakpoint
-- Every writer of an AI link (the worker, topic trials, the seed's COPY, an import of an older export that has no
-- origin) gets 'classifier' without having to say so; a manual link's origin is its writer's to give.
CREATE OR REPLACE FUNCTION docscan_ai_link_origin() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.origin := 'classifier';
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER document_topics_ai_origin BEFORE INSERT OR UPDATE OF source, origin ON "document_topics"
FOR EACH ROW WHEN (NEW.source = 'ai' AND NEW.origin <> 'classifier') EXECUTE FUNCTION docscan_ai_link_origin();
