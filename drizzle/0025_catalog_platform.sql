-- catalog_entries gets the workflow's platform (metadata.platform, n8n when absent) for the catalog's
-- "Platform" filter, and the lowest n8n version and community nodes its JSON needs (issue 17's "Runs on my
-- n8n" filters), with their counts. A word search reads them for every match, so they go before the
-- ~700-byte vectors (as 0012 did for the category set): Postgres cannot place an added column, so the table
-- is created anew and refilled, its indexes created again; its triggers and the functions that read the
-- JSON come with the next migration (db/sql, 0026), and 0027 fills min_n8n and community_nodes. Same rows.
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
	"platform" text DEFAULT 'n8n' NOT NULL,
	"min_n8n" integer,
	"community_nodes" boolean DEFAULT false NOT NULL,
	"title_vector" "tsvector" NOT NULL,
	"search_vector" "tsvector" NOT NULL
);
--> statement-breakpoint
-- Before the lexeme triggers exist again: every lexeme of these rows is in search_lexemes already.
INSERT INTO "catalog_entries" ("workflow_id", "created_at", "review_count", "sales_count", "price", "rating_avg",
  "category_set_id", "apps", "platform", "title_vector", "search_vector")
SELECT o."workflow_id", o."created_at", o."review_count", o."sales_count", o."price", o."rating_avg",
  o."category_set_id", o."apps", coalesce(nullif(w."metadata"->>'platform', ''), 'n8n'), o."title_vector",
  o."search_vector"
FROM "catalog_entries_old" o JOIN "workflows" w ON w."id" = o."workflow_id";--> statement-breakpoint
DROP TABLE "catalog_entries_old";--> statement-breakpoint
ALTER TABLE "catalog_entries" ADD CONSTRAINT "catalog_entries_workflow_id_workflows_id_fk" FOREIGN KEY ("workflow_id") REFERENCES "public"."workflows"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "catalog_entries_search_idx" ON "catalog_entries" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "catalog_entries_apps_idx" ON "catalog_entries" USING gin ("apps");--> statement-breakpoint
CREATE INDEX "catalog_entries_platform_idx" ON "catalog_entries" USING btree ("platform") WHERE "catalog_entries"."platform" <> 'n8n';
