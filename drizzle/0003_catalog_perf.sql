CREATE TABLE "catalog_counts" (
	"key" text PRIMARY KEY NOT NULL,
	"active_workflows" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_terms" (
	"term" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
DROP INDEX "workflows_status_price_idx";--> statement-breakpoint
DROP INDEX "workflows_status_rating_idx";--> statement-breakpoint
ALTER TABLE "workflows" ADD COLUMN "category_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
CREATE INDEX "workflows_inactive_idx" ON "workflows" USING btree ("id") WHERE "workflows"."status" <> 'active';--> statement-breakpoint
CREATE INDEX "workflows_status_price_idx" ON "workflows" USING btree ("status","price","id","rating_avg","category_ids");--> statement-breakpoint
CREATE INDEX "workflows_status_rating_idx" ON "workflows" USING btree ("status","rating_avg","price","category_ids");
--> statement-breakpoint
-- Triggers keep catalog_counts, workflows.category_ids and search_terms (drizzle-kit models no triggers:
-- this part is written by hand, below the generated DDL). Every maintaining statement first updates the 'all' row, so concurrent writers take the
-- counter rows in one order (no deadlocks); catalogue writes are rare (admin, seeds).
-- Links count only while their workflow is active; a workflow's links count from the time both exist.
CREATE OR REPLACE FUNCTION usi_catalog_count_add(k text, delta bigint) RETURNS void LANGUAGE sql AS $$
  INSERT INTO catalog_counts AS c (key, active_workflows) VALUES (k, delta)
  ON CONFLICT (key) DO UPDATE SET active_workflows = c.active_workflows + excluded.active_workflows
$$;
--> statement-breakpoint
-- The words of titles, as the search box splits them (letters and digits, lower-cased).
CREATE OR REPLACE FUNCTION usi_search_terms_add(titles text[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO search_terms (term)
  SELECT DISTINCT m[1] FROM unnest(titles) t, regexp_matches(lower(t), '[[:alnum:]]+', 'g') m
  ORDER BY 1 ON CONFLICT DO NOTHING
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION usi_workflows_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM usi_catalog_count_add('all', (SELECT count(*) FROM new_rows WHERE status = 'active'));
  PERFORM usi_search_terms_add(array(SELECT title FROM new_rows));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION usi_workflow_retitled() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM usi_search_terms_add(ARRAY[NEW.title]);
  RETURN NULL;
END $$;
--> statement-breakpoint
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
-- Rows whose category_ids are already right (an insert that set them) are not rewritten.
CREATE OR REPLACE FUNCTION usi_workflow_category_ids_refresh(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  UPDATE workflows w SET category_ids = c.ids
  FROM (SELECT i.id, array(SELECT l.category_id FROM workflow_categories l WHERE l.workflow_id = i.id ORDER BY 1) AS ids
        FROM unnest(ids) AS i(id)) c
  WHERE w.id = c.id AND w.category_ids IS DISTINCT FROM c.ids
$$;
--> statement-breakpoint
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
CREATE TRIGGER workflows_count_insert AFTER INSERT ON workflows
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION usi_workflows_inserted();
--> statement-breakpoint
CREATE TRIGGER workflows_count_status AFTER UPDATE OF status ON workflows
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION usi_workflow_changed();
--> statement-breakpoint
-- BEFORE: the workflow's links still exist (the cascade removes them afterwards).
CREATE TRIGGER workflows_count_delete BEFORE DELETE ON workflows
  FOR EACH ROW EXECUTE FUNCTION usi_workflow_changed();
--> statement-breakpoint
CREATE TRIGGER workflows_terms_title AFTER UPDATE OF title ON workflows
  FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title) EXECUTE FUNCTION usi_workflow_retitled();
--> statement-breakpoint
CREATE TRIGGER workflows_count_truncate AFTER TRUNCATE ON workflows
  FOR EACH STATEMENT EXECUTE FUNCTION usi_catalog_counts_reset();
--> statement-breakpoint
CREATE TRIGGER workflow_categories_count_insert AFTER INSERT ON workflow_categories
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION usi_workflow_links_changed();
--> statement-breakpoint
CREATE TRIGGER workflow_categories_count_delete AFTER DELETE ON workflow_categories
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION usi_workflow_links_changed();
--> statement-breakpoint
CREATE TRIGGER workflow_categories_count_update AFTER UPDATE ON workflow_categories
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION usi_workflow_links_changed();
--> statement-breakpoint
CREATE TRIGGER workflow_categories_count_truncate AFTER TRUNCATE ON workflow_categories
  FOR EACH STATEMENT EXECUTE FUNCTION usi_catalog_counts_reset();
--> statement-breakpoint
-- Typo-tolerant search matches mistyped words against search_terms where pg_trgm is installed (see 0000).
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    EXECUTE 'CREATE INDEX IF NOT EXISTS search_terms_trgm_idx ON search_terms USING gin (term gin_trgm_ops)';
  END IF;
END
$$;
--> statement-breakpoint
-- The counts, category ids and title words of the rows that exist already.
SELECT usi_search_terms_add(array(SELECT title FROM workflows));
--> statement-breakpoint
UPDATE workflows w SET category_ids = array(
  SELECT l.category_id FROM workflow_categories l WHERE l.workflow_id = w.id ORDER BY 1)
  WHERE EXISTS (SELECT 1 FROM workflow_categories l WHERE l.workflow_id = w.id);
--> statement-breakpoint
INSERT INTO catalog_counts (key, active_workflows)
  SELECT 'all', count(*) FROM workflows WHERE status = 'active'
  UNION ALL
  SELECT l.category_id::text, count(*) FROM workflow_categories l
    JOIN workflows w ON w.id = l.workflow_id AND w.status = 'active' GROUP BY l.category_id;
