ALTER TABLE "documents" ADD COLUMN "title" text GENERATED ALWAYS AS (docscan_title("text")) STORED;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "search_language" text DEFAULT 'simple' NOT NULL;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (docscan_search_vector("search_language", "filename", "text")) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "documents_filename_idx" ON "documents" USING btree ("filename","id");--> statement-breakpoint
CREATE INDEX "documents_size_idx" ON "documents" USING btree ("size","id");--> statement-breakpoint
CREATE INDEX "documents_search_idx" ON "documents" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "documents_search_language_idx" ON "documents" USING btree ("search_language");--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_search_language_check" CHECK ("documents"."search_language" IN ('simple', 'arabic', 'armenian', 'basque', 'catalan', 'danish', 'dutch', 'english', 'finnish', 'french', 'german', 'greek', 'hindi', 'hungarian', 'indonesian', 'irish', 'italian', 'lithuanian', 'nepali', 'norwegian', 'portuguese', 'romanian', 'russian', 'serbian', 'spanish', 'swedish', 'tamil', 'turkish', 'yiddish'));