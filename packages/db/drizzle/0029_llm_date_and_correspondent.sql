-- The LLM reads the document's date and its sender in its classification call (issue 17, ADR 0039): both sources
-- gain 'llm' (precedence person > llm > the offline readers), and a sender the LLM read that is none of the owner's
-- correspondents is kept as a proposal (name and quote) for a person to create or ignore.
ALTER TABLE "documents" DROP CONSTRAINT "documents_correspondent_source_check";--> statement-breakpoint
ALTER TABLE "documents" DROP CONSTRAINT "documents_document_date_source_check";--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "proposed_correspondent" text;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "proposed_correspondent_quote" text;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_correspondent_source_check" CHECK ("documents"."correspondent_source" IN ('rule', 'learned', 'sender', 'llm', 'person'));--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_document_date_source_check" CHECK ("documents"."document_date_source" IN ('text', 'filename', 'llm', 'person'));
