ALTER TABLE "users" ADD COLUMN "order_alerts" text DEFAULT 'each' NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "order_digest_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "attachments" jsonb;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_order_alerts_valid" CHECK ("users"."order_alerts" in ('each', 'digest', 'off'));