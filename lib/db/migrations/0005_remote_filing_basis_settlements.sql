CREATE TABLE "filing_settlements" (
	"id" text PRIMARY KEY NOT NULL,
	"filing_id" text NOT NULL,
	"person_id" text NOT NULL,
	"place" text NOT NULL,
	"date" date NOT NULL,
	"amount_fen" integer NOT NULL,
	"rate_category" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "remote_filings" ADD COLUMN "basis" text;--> statement-breakpoint
ALTER TABLE "remote_filings" ADD COLUMN "proof_since" date;--> statement-breakpoint
ALTER TABLE "remote_filings" ADD COLUMN "proof_upload_ids" jsonb;--> statement-breakpoint
ALTER TABLE "remote_filings" ADD COLUMN "expiry_reminder_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "filing_settlements" ADD CONSTRAINT "filing_settlements_filing_id_remote_filings_id_fk" FOREIGN KEY ("filing_id") REFERENCES "public"."remote_filings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "filing_settlements" ADD CONSTRAINT "filing_settlements_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "filing_settlements_filing_idx" ON "filing_settlements" USING btree ("filing_id","date");--> statement-breakpoint
UPDATE "remote_filings" AS f SET "basis" = a."answers"->>'commitment', "proof_since" = CASE WHEN a."answers"->>'commitment' = 'proof' THEN f."start_date" END FROM "applications" AS a WHERE a."id" = f."application_id" AND f."category" = 'long-term' AND a."answers"->>'commitment' IN ('promise', 'proof');
