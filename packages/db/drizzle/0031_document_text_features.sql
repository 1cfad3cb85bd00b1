CREATE TABLE "document_text_features" (
	"document_id" uuid PRIMARY KEY NOT NULL,
	"version" text NOT NULL,
	"source_sha256" text NOT NULL,
	"too_little" boolean NOT NULL,
	"text_key" text NOT NULL,
	"words" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "document_text_features" ADD CONSTRAINT "document_text_features_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;