ALTER TABLE "users" ADD COLUMN "billing_company" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "billing_address" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "billing_tax_code" text;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_billing_tax_code_valid" CHECK ("users"."billing_tax_code" ~ '^[0-9]{10}(-[0-9]{3})?$');