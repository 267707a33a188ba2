-- A workflow's categories, denormalised onto its row: workflows.category_ids (the sorted ids of its
-- workflow_categories links, refreshed by usi_workflow_links_changed in catalog-counts.sql) and
-- workflows.category_set_id (the category_sets row of those ids, which catalog_entries carries).
-- Rows whose category_ids are already right (an insert that set them) are not rewritten.
CREATE OR REPLACE FUNCTION usi_workflow_category_ids_refresh(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  UPDATE workflows w SET category_ids = c.ids
  FROM (SELECT i.id, array(SELECT l.category_id FROM workflow_categories l WHERE l.workflow_id = i.id ORDER BY 1) AS ids
        FROM unnest(ids) AS i(id)) c
  WHERE w.id = c.id AND w.category_ids IS DISTINCT FROM c.ids
$$;
--> statement-breakpoint
-- The set of `ids`, created the first time it is seen. The unique constraint decides between two
-- writers of a new set; the loser reads the winner's row (a new statement sees it once committed).
CREATE OR REPLACE FUNCTION usi_category_set(ids uuid[]) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  sid integer;
BEGIN
  SELECT s.id INTO sid FROM category_sets s WHERE s.category_ids = ids;
  IF sid IS NULL THEN
    INSERT INTO category_sets (category_ids) VALUES (ids) ON CONFLICT (category_ids) DO NOTHING RETURNING id INTO sid;
    IF sid IS NULL THEN
      SELECT s.id INTO sid FROM category_sets s WHERE s.category_ids = ids;
    END IF;
  END IF;
  RETURN sid;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION usi_workflow_category_set() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.category_set_id := usi_category_set(NEW.category_ids);
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER workflows_category_set BEFORE INSERT OR UPDATE OF category_ids, category_set_id ON workflows
  FOR EACH ROW EXECUTE FUNCTION usi_workflow_category_set();
