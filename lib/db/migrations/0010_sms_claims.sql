ALTER TABLE "sms_messages" ADD COLUMN "claimed_by" text;--> statement-breakpoint
ALTER TABLE "sms_messages" ADD COLUMN "lease_until" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "sms_messages_lease_idx" ON "sms_messages" USING btree ("lease_until");