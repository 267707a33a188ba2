CREATE TABLE "category_sets" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "category_sets_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"category_ids" uuid[] NOT NULL,
	CONSTRAINT "category_sets_category_ids_unique" UNIQUE("category_ids")
);
--> statement-breakpoint
DROP INDEX "workflows_status_price_idx";--> statement-breakpoint
DROP INDEX "workflows_status_rating_idx";--> statement-breakpoint
-- The entries are refilled, with their set ids, by 0008.
DELETE FROM "catalog_entries";--> statement-breakpoint
ALTER TABLE "catalog_entries" ADD COLUMN "category_set_id" integer NOT NULL;--> statement-breakpoint
ALTER TABLE "workflows" ADD COLUMN "category_set_id" integer;--> statement-breakpoint
CREATE INDEX "workflows_status_price_idx" ON "workflows" USING btree ("status","price","id","rating_avg","category_set_id");--> statement-breakpoint
CREATE INDEX "workflows_status_rating_idx" ON "workflows" USING btree ("status","rating_avg","price","category_set_id");