CREATE TABLE "staff" (
	"id" text PRIMARY KEY NOT NULL,
	"staff_no" text NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"station" text,
	"password_hash" text NOT NULL,
	"failed_attempts" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "staff_no_key" ON "staff" USING btree ("staff_no");