-- Keeps category_sets (0006): a workflow's category_set_id follows its category_ids, which the
-- workflow_categories triggers of 0003 keep. catalog_entries carries the set id instead of the ids.
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
CREATE TRIGGER workflows_category_set BEFORE INSERT OR UPDATE OF category_ids, category_set_id ON workflows
  FOR EACH ROW EXECUTE FUNCTION usi_workflow_category_set();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION usi_catalog_entries_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Rows whose entry already says the same are not rewritten (an update of updated_at alone, say).
  INSERT INTO catalog_entries AS e (workflow_id, created_at, review_count, sales_count, price, rating_avg,
      category_set_id, apps, title_vector, search_vector)
    SELECT n.id, n.created_at, n.review_count, n.sales_count, n.price, n.rating_avg, n.category_set_id,
      usi_workflow_apps(n.metadata), setweight(to_tsvector('english'::regconfig, coalesce(n.title, '')), 'A'),
      n.search_vector
    FROM new_rows n WHERE n.status = 'active' ORDER BY n.id
  ON CONFLICT (workflow_id) DO UPDATE SET created_at = excluded.created_at, review_count = excluded.review_count,
    sales_count = excluded.sales_count, price = excluded.price, rating_avg = excluded.rating_avg,
    category_set_id = excluded.category_set_id, apps = excluded.apps, title_vector = excluded.title_vector,
    search_vector = excluded.search_vector
  WHERE (e.created_at, e.review_count, e.sales_count, e.price, e.rating_avg, e.category_set_id, e.apps,
      e.title_vector, e.search_vector)
    IS DISTINCT FROM (excluded.created_at, excluded.review_count, excluded.sales_count, excluded.price,
      excluded.rating_avg, excluded.category_set_id, excluded.apps, excluded.title_vector, excluded.search_vector);
  IF TG_OP = 'UPDATE' THEN
    DELETE FROM catalog_entries e USING new_rows n WHERE e.workflow_id = n.id AND n.status <> 'active';
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- The sets of the workflows that exist already (the update also refills catalog_entries, emptied by 0006).
INSERT INTO category_sets (category_ids) SELECT DISTINCT category_ids FROM workflows ORDER BY 1 ON CONFLICT DO NOTHING;
--> statement-breakpoint
UPDATE workflows w SET category_set_id = s.id FROM category_sets s WHERE s.category_ids = w.category_ids;
