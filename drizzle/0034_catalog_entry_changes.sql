CREATE TABLE "catalog_entry_changes" (
	"xid" "xid8" DEFAULT pg_current_xact_id() NOT NULL,
	"workflow_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "catalog_entry_changes_xid_idx" ON "catalog_entry_changes" USING btree ("xid");--> statement-breakpoint
CREATE INDEX "catalog_entry_changes_at_idx" ON "catalog_entry_changes" USING btree ("at");