CREATE TABLE "assist_sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"code_hash" text NOT NULL,
	"person_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"claimed_by" text,
	"claimed_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"page" jsonb,
	"page_version" integer DEFAULT 0 NOT NULL,
	"hint" text,
	"hint_version" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX "assist_sessions_open_idx" ON "assist_sessions" USING btree ("expires_at");