CREATE TABLE "workflow_releases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workflow_id" uuid NOT NULL,
	"version" text NOT NULL,
	"major" integer NOT NULL,
	"minor" integer NOT NULL,
	"patch" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"changelog" text NOT NULL,
	"min_n8n_version" text,
	"node_types" text[] NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
ALTER TABLE "workflow_releases" ADD CONSTRAINT "workflow_releases_workflow_id_workflows_id_fk" FOREIGN KEY ("workflow_id") REFERENCES "public"."workflows"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workflow_releases" ADD CONSTRAINT "workflow_releases_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "workflow_releases_version_unique" ON "workflow_releases" USING btree ("workflow_id","version");--> statement-breakpoint
CREATE INDEX "workflow_releases_order_idx" ON "workflow_releases" USING btree ("workflow_id","major","minor","patch");--> statement-breakpoint
-- Backfill: every existing workflow gets release 1.0.0 from its current definition.
INSERT INTO "workflow_releases" ("workflow_id", "version", "major", "minor", "patch", "definition", "changelog", "min_n8n_version", "node_types", "published_at")
SELECT w."id", '1.0.0', 1, 0, 0, w."definition", 'First release.',
  CASE
    WHEN EXISTS (SELECT 1 FROM jsonb_array_elements(CASE WHEN jsonb_typeof(w."definition"->'nodes') = 'array' THEN w."definition"->'nodes' ELSE '[]'::jsonb END) n WHERE n->>'type' LIKE '@n8n/n8n-nodes-langchain.%') THEN '1.19.0'
    WHEN w."definition"->'settings'->>'executionOrder' = 'v1' THEN '1.0.0'
  END,
  ARRAY(
    SELECT DISTINCT n->>'type' FROM jsonb_array_elements(CASE WHEN jsonb_typeof(w."definition"->'nodes') = 'array' THEN w."definition"->'nodes' ELSE '[]'::jsonb END) n
    WHERE jsonb_typeof(n) = 'object' AND n->>'type' IS NOT NULL AND n->>'type' <> 'n8n-nodes-base.stickyNote'
    ORDER BY 1
  ),
  w."updated_at"
FROM "workflows" w
ON CONFLICT DO NOTHING;
