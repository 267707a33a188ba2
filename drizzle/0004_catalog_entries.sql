CREATE TABLE "catalog_entries" (
	"workflow_id" uuid PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"review_count" integer NOT NULL,
	"sales_count" integer NOT NULL,
	"price" numeric(12, 2) NOT NULL,
	"rating_avg" numeric(3, 2) NOT NULL,
	"category_ids" uuid[] NOT NULL,
	"apps" text[] NOT NULL,
	"title_vector" "tsvector" NOT NULL,
	"search_vector" "tsvector" NOT NULL
);
--> statement-breakpoint
ALTER TABLE "catalog_entries" ADD CONSTRAINT "catalog_entries_workflow_id_workflows_id_fk" FOREIGN KEY ("workflow_id") REFERENCES "public"."workflows"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "catalog_entries_search_idx" ON "catalog_entries" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "catalog_entries_apps_idx" ON "catalog_entries" USING gin ("apps");