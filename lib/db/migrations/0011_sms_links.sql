ALTER TABLE "sms_messages" ADD COLUMN "link_token" text;--> statement-breakpoint
ALTER TABLE "sms_messages" ADD COLUMN "link_expires_at" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "sms_messages_link_token_idx" ON "sms_messages" USING btree ("link_token");