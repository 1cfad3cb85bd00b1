ALTER TABLE "documents" ADD COLUMN "searchable_pdf_key" text;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "searchable_pdf_error" text;