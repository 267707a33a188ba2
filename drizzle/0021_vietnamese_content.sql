ALTER TABLE "categories" ADD COLUMN "name_vi" text;--> statement-breakpoint
ALTER TABLE "categories" ADD COLUMN "description_vi" text;--> statement-breakpoint
ALTER TABLE "workflows" ADD COLUMN "title_vi" text;--> statement-breakpoint
ALTER TABLE "workflows" ADD COLUMN "short_description_vi" text;--> statement-breakpoint
ALTER TABLE "workflows" ADD COLUMN "description_vi" text;