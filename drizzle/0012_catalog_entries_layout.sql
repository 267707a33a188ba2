-- Rebuilds catalog_entries in the column order of db/schema/catalog.ts. category_set_id, added by 0006,
-- landed after the ~700-byte search vector, so reading a match's category set (every match of a word search
-- is grouped by it) meant stepping over the vector into another part of memory; and the category_ids that
-- 0007 dropped still took a slot in every row. Postgres cannot move a column: the table is created anew and
-- refilled, and its indexes and triggers (0004, 0011) are created again. Same rows, same names.
ALTER TABLE "catalog_entries" RENAME TO "catalog_entries_old";--> statement-breakpoint
ALTER TABLE "catalog_entries_old" RENAME CONSTRAINT "catalog_entries_pkey" TO "catalog_entries_old_pkey";--> statement-breakpoint
ALTER TABLE "catalog_entries_old" DROP CONSTRAINT "catalog_entries_workflow_id_workflows_id_fk";--> statement-breakpoint
DROP INDEX "catalog_entries_search_idx";--> statement-breakpoint
DROP INDEX "catalog_entries_apps_idx";--> statement-breakpoint
CREATE TABLE "catalog_entries" (
	"workflow_id" uuid PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"review_count" integer NOT NULL,
	"sales_count" integer NOT NULL,
	"price" numeric(12, 2) NOT NULL,
	"rating_avg" numeric(3, 2) NOT NULL,
	"category_set_id" integer NOT NULL,
	"apps" text[] NOT NULL,
	"title_vector" "tsvector" NOT NULL,
	"search_vector" "tsvector" NOT NULL
);
--> statement-breakpoint
-- Before the lexeme triggers exist: every lexeme of these rows is in search_lexemes already.
INSERT INTO "catalog_entries" ("workflow_id", "created_at", "review_count", "sales_count", "price", "rating_avg",
  "category_set_id", "apps", "title_vector", "search_vector")
SELECT "workflow_id", "created_at", "review_count", "sales_count", "price", "rating_avg",
  "category_set_id", "apps", "title_vector", "search_vector"
FROM "catalog_entries_old";--> statement-breakpoint
DROP TABLE "catalog_entries_old";--> statement-breakpoint
ALTER TABLE "catalog_entries" ADD CONSTRAINT "catalog_entries_workflow_id_workflows_id_fk" FOREIGN KEY ("workflow_id") REFERENCES "public"."workflows"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "catalog_entries_search_idx" ON "catalog_entries" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "catalog_entries_apps_idx" ON "catalog_entries" USING gin ("apps");--> statement-breakpoint
CREATE TRIGGER catalog_entries_lexemes_insert AFTER INSERT ON catalog_entries
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION usi_search_lexemes_add();
--> statement-breakpoint
CREATE TRIGGER catalog_entries_lexemes_update AFTER UPDATE ON catalog_entries
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION usi_search_lexemes_add();
