CREATE TABLE "correspondents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid,
	"name" text NOT NULL,
	"match" text DEFAULT '' NOT NULL,
	"algorithm" text DEFAULT 'auto' NOT NULL,
	"case_insensitive" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "correspondents_algorithm_check" CHECK ("correspondents"."algorithm" IN ('none', 'any', 'all', 'exact', 'regex', 'auto'))
);
--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "correspondent_id" uuid;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "correspondent_name" text;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "correspondent_source" text;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "correspondent_confidence" real;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "correspondent_quote" text;--> statement-breakpoint
ALTER TABLE "correspondents" ADD CONSTRAINT "correspondents_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "correspondents_owner_lower_name_uq" ON "correspondents" USING btree (coalesce("owner_id", '00000000-0000-0000-0000-000000000000'::uuid),lower("name"));--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_correspondent_id_correspondents_id_fk" FOREIGN KEY ("correspondent_id") REFERENCES "public"."correspondents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "documents_correspondent_created_idx" ON "documents" USING btree ("correspondent_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "documents_correspondent_name_idx" ON "documents" USING btree (coalesce("correspondent_name", ''),"id");--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_correspondent_source_check" CHECK ("documents"."correspondent_source" IN ('rule', 'learned', 'sender', 'person'));