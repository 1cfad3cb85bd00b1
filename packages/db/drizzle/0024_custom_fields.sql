CREATE TABLE "custom_fields" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"options" text[] DEFAULT '{}'::text[] NOT NULL,
	"extract" text DEFAULT 'none' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "custom_fields_type_check" CHECK ("custom_fields"."type" IN ('text', 'number', 'monetary', 'date', 'boolean', 'select', 'url')),
	CONSTRAINT "custom_fields_extract_check" CHECK ("custom_fields"."extract" IN ('none', 'total', 'due_date', 'invoice_number', 'iban'))
);
--> statement-breakpoint
CREATE TABLE "document_fields" (
	"document_id" uuid NOT NULL,
	"field_id" uuid NOT NULL,
	"value" text,
	"number" numeric,
	"currency" text,
	"date" date,
	"source" text NOT NULL,
	"confidence" real,
	"quote" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "document_fields_document_id_field_id_pk" PRIMARY KEY("document_id","field_id"),
	CONSTRAINT "document_fields_source_check" CHECK ("document_fields"."source" IN ('offline', 'llm', 'person'))
);
--> statement-breakpoint
CREATE TABLE "topic_fields" (
	"topic_id" uuid NOT NULL,
	"field_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "topic_fields_topic_id_field_id_pk" PRIMARY KEY("topic_id","field_id")
);
--> statement-breakpoint
ALTER TABLE "document_fields" ADD CONSTRAINT "document_fields_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_fields" ADD CONSTRAINT "document_fields_field_id_custom_fields_id_fk" FOREIGN KEY ("field_id") REFERENCES "public"."custom_fields"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topic_fields" ADD CONSTRAINT "topic_fields_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topic_fields" ADD CONSTRAINT "topic_fields_field_id_custom_fields_id_fk" FOREIGN KEY ("field_id") REFERENCES "public"."custom_fields"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "custom_fields_lower_name_uq" ON "custom_fields" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "document_fields_field_number_idx" ON "document_fields" USING btree ("field_id","number","document_id") WHERE "document_fields"."number" is not null;--> statement-breakpoint
CREATE INDEX "document_fields_field_date_idx" ON "document_fields" USING btree ("field_id","date","document_id") WHERE "document_fields"."date" is not null;--> statement-breakpoint
CREATE INDEX "topic_fields_field_idx" ON "topic_fields" USING btree ("field_id");