-- catalog_entry_changes: a row for every catalog entry a statement inserts, updates or deletes, tagged with the
-- writing transaction's id (the column default). The in-process search index reads the rows of transactions its
-- last snapshot did not see (db/queries/catalog/search-index.ts). An update that changes nothing the index keeps
-- still logs the entry: the index reads it again, which costs one row.
CREATE OR REPLACE FUNCTION usi_catalog_entry_changes_log() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO catalog_entry_changes (workflow_id) SELECT o.workflow_id FROM old_rows o;
  ELSE
    INSERT INTO catalog_entry_changes (workflow_id) SELECT n.workflow_id FROM new_rows n;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER catalog_entries_changes_insert AFTER INSERT ON catalog_entries
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION usi_catalog_entry_changes_log();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER catalog_entries_changes_update AFTER UPDATE ON catalog_entries
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION usi_catalog_entry_changes_log();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER catalog_entries_changes_delete AFTER DELETE ON catalog_entries
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION usi_catalog_entry_changes_log();
