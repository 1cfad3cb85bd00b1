CREATE TABLE "document_topic_rejections" (
	"document_id" uuid NOT NULL,
	"topic_id" uuid NOT NULL,
	"rejected_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "document_topic_rejections_document_id_topic_id_pk" PRIMARY KEY("document_id","topic_id")
);
--> statement-breakpoint
CREATE TABLE "document_vectors" (
	"document_id" uuid PRIMARY KEY NOT NULL,
	"version" text NOT NULL,
	"source_sha256" text NOT NULL,
	"vector" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "classification_runs" ADD COLUMN "fallback" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "classification_runs" ADD COLUMN "kept_manual" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "classification_runs" ADD COLUMN "kept_rejected" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "document_topic_rejections" ADD CONSTRAINT "document_topic_rejections_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_topic_rejections" ADD CONSTRAINT "document_topic_rejections_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_topic_rejections" ADD CONSTRAINT "document_topic_rejections_rejected_by_users_id_fk" FOREIGN KEY ("rejected_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_vectors" ADD CONSTRAINT "document_vectors_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "document_topic_rejections_topic_idx" ON "document_topic_rejections" USING btree ("topic_id");