CREATE TABLE "audit_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_id" text NOT NULL,
	"actor_phone" text,
	"subject_person_id" text,
	"link_id" text,
	"action" text NOT NULL,
	"outcome" text NOT NULL,
	"detail" jsonb
);
--> statement-breakpoint
CREATE TABLE "family_users" (
	"id" text PRIMARY KEY NOT NULL,
	"phone" text NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "proxy_links" (
	"id" text PRIMARY KEY NOT NULL,
	"elder_person_id" text NOT NULL,
	"relative_phone" text NOT NULL,
	"relative_name" text NOT NULL,
	"relation" text NOT NULL,
	"scope" jsonb NOT NULL,
	"status" text NOT NULL,
	"initiated_by" text NOT NULL,
	"valid_until" timestamp with time zone NOT NULL,
	"code_hash" text,
	"code_expires_at" timestamp with time zone,
	"code_wrong_tries" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"activated_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"version" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "acted_by" jsonb;--> statement-breakpoint
ALTER TABLE "proxy_links" ADD CONSTRAINT "proxy_links_elder_person_id_persons_id_fk" FOREIGN KEY ("elder_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_events_subject_idx" ON "audit_events" USING btree ("subject_person_id","id");--> statement-breakpoint
CREATE INDEX "audit_events_link_idx" ON "audit_events" USING btree ("link_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "family_users_phone_key" ON "family_users" USING btree ("phone");--> statement-breakpoint
CREATE INDEX "proxy_links_elder_idx" ON "proxy_links" USING btree ("elder_person_id","created_at");--> statement-breakpoint
CREATE INDEX "proxy_links_relative_idx" ON "proxy_links" USING btree ("relative_phone","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "proxy_links_open_key" ON "proxy_links" USING btree ("elder_person_id","relative_phone") WHERE status in ('invited', 'requested', 'active');