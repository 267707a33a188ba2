-- catalog_entries: one row per ACTIVE workflow, in step with workflows, written only by these triggers.
-- Statement-level with transition tables, so a bulk insert (seed, import) is one INSERT…SELECT.
-- A workflow's delete removes its entry through the foreign key (ON DELETE CASCADE).
-- metadata.apps as text[] (anything but an array of strings gives no apps); metadata.platform as text, n8n when absent.
CREATE OR REPLACE FUNCTION usi_workflow_apps(metadata jsonb) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE WHEN jsonb_typeof(metadata->'apps') = 'array'
    THEN array(SELECT a FROM jsonb_array_elements_text(metadata->'apps') a)
    ELSE '{}'::text[] END $$;
--> statement-breakpoint
-- The nodes of an n8n export as lib/workflows/n8n-json.ts reads them: objects with a string type and name,
-- sticky notes (canvas comments) left out.
CREATE OR REPLACE FUNCTION usi_workflow_nodes(definition jsonb) RETURNS SETOF jsonb
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT n FROM jsonb_array_elements(CASE WHEN jsonb_typeof(definition->'nodes') = 'array'
      THEN definition->'nodes' ELSE '[]'::jsonb END) n
    WHERE jsonb_typeof(n) = 'object' AND jsonb_typeof(n->'type') = 'string' AND jsonb_typeof(n->'name') = 'string'
      AND n->>'type' <> 'n8n-nodes-base.stickyNote' $$;
--> statement-breakpoint
-- A node type's package (`n8n-nodes-base` of `n8n-nodes-base.slack`; '' without one), as nodeTypeInfo reads it.
CREATE OR REPLACE FUNCTION usi_node_package(node_type text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE WHEN node_type ~ '^.+\.' THEN regexp_replace(node_type, '\.[^.]*$', '') ELSE '' END $$;
--> statement-breakpoint
-- The lowest n8n version a workflow's JSON needs, as major*1000000 + minor*1000 + patch, NULL when nothing
-- tells: the rules of lib/workflows/analyze.ts (minimumVersion: LangChain nodes 1.19.0, executionOrder v1
-- 1.0.0). tests/db/queries/catalog-compat.test.ts holds the two to the same answers.
CREATE OR REPLACE FUNCTION usi_workflow_min_n8n(definition jsonb) RETURNS integer
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE
    WHEN EXISTS (SELECT 1 FROM usi_workflow_nodes(definition) n
      WHERE usi_node_package(n->>'type') = '@n8n/n8n-nodes-langchain'
        AND CASE WHEN jsonb_typeof(n->'typeVersion') = 'number' THEN (n->>'typeVersion')::numeric ELSE 1 END >= 1)
      THEN 1019000
    WHEN definition->'settings'->>'executionOrder' = 'v1' THEN 1000000
  END $$;
--> statement-breakpoint
-- Whether a workflow's JSON uses a node from outside n8n's own packages (BUILT_IN_PACKAGES, lib/workflows/node-types.ts).
CREATE OR REPLACE FUNCTION usi_workflow_community(definition jsonb) RETURNS boolean
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT EXISTS (SELECT 1 FROM usi_workflow_nodes(definition) n
    WHERE usi_node_package(n->>'type') NOT IN ('n8n-nodes-base', '@n8n/n8n-nodes-langchain')) $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION usi_catalog_entries_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Rows whose entry already says the same are not rewritten (an update of updated_at alone, say).
  INSERT INTO catalog_entries AS e (workflow_id, created_at, review_count, sales_count, price, rating_avg,
      category_set_id, apps, platform, min_n8n, community_nodes, title_vector, search_vector)
    SELECT n.id, n.created_at, n.review_count, n.sales_count, n.price, n.rating_avg, n.category_set_id,
      usi_workflow_apps(n.metadata), coalesce(nullif(n.metadata->>'platform', ''), 'n8n'),
      usi_workflow_min_n8n(n.definition), usi_workflow_community(n.definition),
      -- the Vietnamese version (issue 14), when there is one, is matched and ranked as the English one
      CASE WHEN n.title_vi IS NULL THEN usi_title_vector(n.title)
        ELSE usi_title_vector(n.title) || usi_title_vector(n.title_vi) END,
      usi_folded_search_vector(n.search_vector, n.title, n.short_description, n.features, n.description)
        || usi_vi_search_vector(n.title_vi, n.short_description_vi, n.description_vi)
    FROM new_rows n WHERE n.status = 'active' ORDER BY n.id
  ON CONFLICT (workflow_id) DO UPDATE SET created_at = excluded.created_at, review_count = excluded.review_count,
    sales_count = excluded.sales_count, price = excluded.price, rating_avg = excluded.rating_avg,
    category_set_id = excluded.category_set_id, apps = excluded.apps, title_vector = excluded.title_vector,
    search_vector = excluded.search_vector, platform = excluded.platform, min_n8n = excluded.min_n8n,
    community_nodes = excluded.community_nodes
  WHERE (e.created_at, e.review_count, e.sales_count, e.price, e.rating_avg, e.category_set_id, e.apps,
      e.title_vector, e.search_vector, e.platform, e.min_n8n, e.community_nodes)
    IS DISTINCT FROM (excluded.created_at, excluded.review_count, excluded.sales_count, excluded.price,
      excluded.rating_avg, excluded.category_set_id, excluded.apps, excluded.title_vector, excluded.search_vector,
      excluded.platform, excluded.min_n8n, excluded.community_nodes);
  IF TG_OP = 'UPDATE' THEN
    DELETE FROM catalog_entries e USING new_rows n WHERE e.workflow_id = n.id AND n.status <> 'active';
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER workflows_entries_insert AFTER INSERT ON workflows
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION usi_catalog_entries_sync();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER workflows_entries_update AFTER UPDATE ON workflows
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION usi_catalog_entries_sync();
