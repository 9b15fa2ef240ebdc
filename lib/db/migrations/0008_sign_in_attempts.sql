CREATE TABLE "trusted_devices" (
	"token_hash" text NOT NULL,
	"phone" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sms_codes" ADD COLUMN "attempt" text;--> statement-breakpoint
ALTER TABLE "sms_codes" ADD COLUMN "from_device" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "trusted_devices_token_phone_key" ON "trusted_devices" USING btree ("token_hash","phone");