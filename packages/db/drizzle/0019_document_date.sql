ALTER TABLE "documents" ADD COLUMN "document_date" date;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "document_date_source" text;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "document_date_quote" text;--> statement-breakpoint
CREATE INDEX "documents_document_date_idx" ON "documents" USING btree (coalesce("document_date", '0001-01-01'::date),"id");--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_document_date_source_check" CHECK ("documents"."document_date_source" IN ('text', 'filename', 'person'));