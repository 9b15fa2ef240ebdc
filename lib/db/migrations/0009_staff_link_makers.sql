ALTER TABLE "proxy_links" ADD COLUMN "made_by_staff_no" text;--> statement-breakpoint
ALTER TABLE "proxy_links" ADD COLUMN "made_at_station" text;--> statement-breakpoint
ALTER TABLE "proxy_links" ADD COLUMN "second_staff_no" text;