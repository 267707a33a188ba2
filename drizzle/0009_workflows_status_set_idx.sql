DROP INDEX "workflows_inactive_idx";--> statement-breakpoint
CREATE INDEX "workflows_status_set_idx" ON "workflows" USING btree ("status","category_set_id");