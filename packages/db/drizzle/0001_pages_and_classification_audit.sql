CREATE TABLE "document_pages" (
	"document_id" uuid NOT NULL,
	"page_number" integer NOT NULL,
	"text" text NOT NULL,
	"method" text NOT NULL,
	"ocr_confidence" real,
	CONSTRAINT "document_pages_document_id_page_number_pk" PRIMARY KEY("document_id","page_number"),
	CONSTRAINT "document_pages_page_check" CHECK ("document_pages"."page_number" >= 1)
);
--> statement-breakpoint
CREATE TABLE "classification_cache" (
	"key" text PRIMARY KEY NOT NULL,
	"result" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "classification_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid,
	"provider" text NOT NULL,
	"model" text,
	"prompt_version" text NOT NULL,
	"topic_set_version" text NOT NULL,
	"input_tokens" integer DEFAULT 0 NOT NULL,
	"output_tokens" integer DEFAULT 0 NOT NULL,
	"cost_usd" double precision,
	"latency_ms" integer DEFAULT 0 NOT NULL,
	"cached" boolean DEFAULT false NOT NULL,
	"outcome" text NOT NULL,
	"note" text,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "topic_suggestions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"topic_id" uuid,
	"proposed_name" text,
	"proposed_description" text,
	"confidence" real NOT NULL,
	"quote" text,
	"run_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "topic_suggestions_target_check" CHECK (("topic_suggestions"."topic_id" IS NOT NULL) <> ("topic_suggestions"."proposed_name" IS NOT NULL))
);
--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "ocr_confidence" real;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "thumbnail_key" text;--> statement-breakpoint
ALTER TABLE "document_topics" ADD COLUMN "quote" text;--> statement-breakpoint
ALTER TABLE "topics" ADD COLUMN "threshold" real;--> statement-breakpoint
ALTER TABLE "document_pages" ADD CONSTRAINT "document_pages_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "classification_runs" ADD CONSTRAINT "classification_runs_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topic_suggestions" ADD CONSTRAINT "topic_suggestions_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topic_suggestions" ADD CONSTRAINT "topic_suggestions_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topic_suggestions" ADD CONSTRAINT "topic_suggestions_run_id_classification_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."classification_runs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "classification_runs_created_idx" ON "classification_runs" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "classification_runs_document_idx" ON "classification_runs" USING btree ("document_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "topic_suggestions_document_topic_uq" ON "topic_suggestions" USING btree ("document_id","topic_id");--> statement-breakpoint
CREATE INDEX "topic_suggestions_created_idx" ON "topic_suggestions" USING btree ("created_at" DESC NULLS LAST);