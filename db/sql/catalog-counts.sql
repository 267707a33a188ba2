-- catalog_counts: active workflows in all ('all') and per category (the category id as text), so the
-- unfiltered catalog counts nothing. Kept by the triggers on workflows and workflow_categories below, never
-- written by the app. Every maintaining statement first updates the 'all' row, so concurrent writers take
-- the counter rows in one order (no deadlocks); catalogue writes are rare (admin, seeds).
-- Links count only while their workflow is active; a workflow's links count from the time both exist.
CREATE OR REPLACE FUNCTION usi_catalog_count_add(k text, delta bigint) RETURNS void LANGUAGE sql AS $$
  INSERT INTO catalog_counts AS c (key, active_workflows) VALUES (k, delta)
  ON CONFLICT (key) DO UPDATE SET active_workflows = c.active_workflows + excluded.active_workflows
$$;
--> statement-breakpoint
-- After an insert into workflows: the count, and the words of the new titles, English and Vietnamese
-- (search-terms.sql).
CREATE OR REPLACE FUNCTION usi_workflows_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM usi_catalog_count_add('all', (SELECT count(*) FROM new_rows WHERE status = 'active'));
  PERFORM usi_search_terms_add(array(SELECT title FROM new_rows UNION ALL
    SELECT title_vi FROM new_rows WHERE title_vi IS NOT NULL));
  RETURN NULL;
END $$;
--> statement-breakpoint
-- A workflow's status changed, or the workflow is deleted: the counts of it and its categories.
CREATE OR REPLACE FUNCTION usi_workflow_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  delta int;
BEGIN
  IF TG_OP = 'DELETE' THEN
    delta := CASE WHEN OLD.status = 'active' THEN -1 ELSE 0 END;
  ELSE
    delta := (CASE WHEN NEW.status = 'active' THEN 1 ELSE 0 END) - (CASE WHEN OLD.status = 'active' THEN 1 ELSE 0 END);
  END IF;
  IF delta <> 0 THEN
    PERFORM usi_catalog_count_add('all', delta);
    PERFORM usi_catalog_count_add(k, delta)
      FROM (SELECT category_id::text AS k FROM workflow_categories WHERE workflow_id = OLD.id ORDER BY 1) l;
  END IF;
  -- The BEFORE DELETE trigger must return the row, or the delete is skipped.
  RETURN OLD;
END $$;
--> statement-breakpoint
-- Links added, removed or changed: the counts of their categories, and the workflows' category_ids
-- (workflow-categories.sql).
CREATE OR REPLACE FUNCTION usi_workflow_links_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- A link deleted with its workflow (cascade) finds no workflow: the workflow's own trigger counted it.
  PERFORM usi_catalog_count_add('all', 0);
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM usi_catalog_count_add(k, n) FROM (SELECT l.category_id::text AS k, count(*) AS n FROM new_rows l
      JOIN workflows w ON w.id = l.workflow_id AND w.status = 'active' GROUP BY 1 ORDER BY 1) d;
    PERFORM usi_workflow_category_ids_refresh(array(SELECT DISTINCT workflow_id FROM new_rows));
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    PERFORM usi_catalog_count_add(k, -n) FROM (SELECT l.category_id::text AS k, count(*) AS n FROM old_rows l
      JOIN workflows w ON w.id = l.workflow_id AND w.status = 'active' GROUP BY 1 ORDER BY 1) d;
    PERFORM usi_workflow_category_ids_refresh(array(SELECT DISTINCT workflow_id FROM old_rows));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- After a TRUNCATE: recounted from scratch.
CREATE OR REPLACE FUNCTION usi_catalog_counts_reset() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM catalog_counts;
  INSERT INTO catalog_counts (key, active_workflows)
    SELECT 'all', count(*) FROM workflows WHERE status = 'active'
    UNION ALL
    SELECT l.category_id::text, count(*) FROM workflow_categories l
      JOIN workflows w ON w.id = l.workflow_id AND w.status = 'active' GROUP BY l.category_id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER workflows_count_insert AFTER INSERT ON workflows
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION usi_workflows_inserted();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER workflows_count_status AFTER UPDATE OF status ON workflows
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION usi_workflow_changed();
--> statement-breakpoint
-- BEFORE: the workflow's links still exist (the cascade removes them afterwards).
CREATE OR REPLACE TRIGGER workflows_count_delete BEFORE DELETE ON workflows
  FOR EACH ROW EXECUTE FUNCTION usi_workflow_changed();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER workflows_count_truncate AFTER TRUNCATE ON workflows
  FOR EACH STATEMENT EXECUTE FUNCTION usi_catalog_counts_reset();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER workflow_categories_count_insert AFTER INSERT ON workflow_categories
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION usi_workflow_links_changed();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER workflow_categories_count_delete AFTER DELETE ON workflow_categories
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION usi_workflow_links_changed();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER workflow_categories_count_update AFTER UPDATE ON workflow_categories
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION usi_workflow_links_changed();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER workflow_categories_count_truncate AFTER TRUNCATE ON workflow_categories
  FOR EACH STATEMENT EXECUTE FUNCTION usi_catalog_counts_reset();
