CREATE TABLE "topic_trial_documents" (
	"trial_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"owner_id" uuid,
	"current" jsonb NOT NULL,
	"proposed" jsonb NOT NULL,
	"previous" jsonb,
	CONSTRAINT "topic_trial_documents_trial_id_document_id_pk" PRIMARY KEY("trial_id","document_id")
);
--> statement-breakpoint
CREATE TABLE "topic_trials" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"actor_id" uuid,
	"kind" text NOT NULL,
	"topic_id" uuid NOT NULL,
	"topic_owner_id" uuid,
	"change" jsonb NOT NULL,
	"topic_before" jsonb,
	"fingerprint" text NOT NULL,
	"summary" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"applied_at" timestamp with time zone,
	"undone_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "topic_trial_documents" ADD CONSTRAINT "topic_trial_documents_trial_id_topic_trials_id_fk" FOREIGN KEY ("trial_id") REFERENCES "public"."topic_trials"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topic_trial_documents" ADD CONSTRAINT "topic_trial_documents_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topic_trials" ADD CONSTRAINT "topic_trials_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "topic_trial_documents_document_idx" ON "topic_trial_documents" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "topic_trials_topic_idx" ON "topic_trials" USING btree ("topic_id","applied_at");--> statement-breakpoint
CREATE INDEX "topic_trials_created_idx" ON "topic_trials" USING btree ("created_at");