-- catalog_compat_counts and catalog_app_counts: the catalog entries counted by whole-star rating
-- (floor(rating_avg)), category set and "Runs on" group, and by rating, category set and app. A browse filtered
-- by rating and categories alone reads its total and facets from them (issue 15). Kept by the statement
-- triggers on catalog_entries below, never written by the app. A change that moves no entry between groups
-- (a sale, a new review count) writes nothing; one that does takes an advisory lock until commit, so
-- concurrent writers update the counter rows one after the other (no deadlocks), and removes the groups
-- that fall to zero.
CREATE OR REPLACE FUNCTION usi_catalog_facet_counts_add(changes jsonb) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  compat jsonb;
  apps jsonb;
BEGIN
  -- The net change of each group (an update that moves nothing nets to none).
  SELECT jsonb_agg(g) INTO compat FROM (
    SELECT x.r, x.s, x.p, x.v, x.c, sum(x.d)::int AS d
    FROM jsonb_to_recordset(changes) AS x(r smallint, s int, p text, v int, c boolean, d int)
    GROUP BY 1, 2, 3, 4, 5 HAVING sum(x.d) <> 0) g;
  SELECT jsonb_agg(g) INTO apps FROM (
    SELECT x.r, x.s, app, sum(x.d)::int AS d
    FROM jsonb_to_recordset(changes) AS x(r smallint, s int, a jsonb, d int), jsonb_array_elements_text(x.a) app
    GROUP BY 1, 2, 3 HAVING sum(x.d) <> 0) g;
  IF compat IS NULL AND apps IS NULL THEN
    RETURN;
  END IF;
  PERFORM pg_advisory_xact_lock(1515);
  IF compat IS NOT NULL THEN
    INSERT INTO catalog_compat_counts AS k (rating_floor, category_set_id, platform, min_n8n, community_nodes, entries)
      SELECT x.r, x.s, x.p, x.v, x.c, x.d
      FROM jsonb_to_recordset(compat) AS x(r smallint, s int, p text, v int, c boolean, d int)
      ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (rating_floor, category_set_id, platform, min_n8n, community_nodes)
      DO UPDATE SET entries = k.entries + excluded.entries;
    DELETE FROM catalog_compat_counts WHERE entries = 0;
  END IF;
  IF apps IS NOT NULL THEN
    INSERT INTO catalog_app_counts AS k (rating_floor, category_set_id, app, entries)
      SELECT x.r, x.s, x.app, x.d
      FROM jsonb_to_recordset(apps) AS x(r smallint, s int, app text, d int)
      ORDER BY 1, 2, 3
    ON CONFLICT (rating_floor, category_set_id, app) DO UPDATE SET entries = k.entries + excluded.entries;
    DELETE FROM catalog_app_counts WHERE entries = 0;
  END IF;
END $$;
--> statement-breakpoint
-- An entry's counted facts as JSON for usi_catalog_facet_counts_add, `d` its +1 (added) or -1 (removed).
CREATE OR REPLACE FUNCTION usi_catalog_facet_key(rating_avg numeric, category_set_id int, platform text,
    min_n8n int, community_nodes boolean, apps text[], d int) RETURNS jsonb
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT jsonb_build_object('r', floor(rating_avg)::smallint, 's', category_set_id, 'p', platform,
    'v', coalesce(min_n8n, 0), 'c', community_nodes, 'a', to_jsonb(coalesce(apps, '{}'::text[])), 'd', d) $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION usi_catalog_facet_counts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changes jsonb := '[]'::jsonb;
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    changes := changes || coalesce((SELECT jsonb_agg(usi_catalog_facet_key(o.rating_avg, o.category_set_id,
      o.platform, o.min_n8n, o.community_nodes, o.apps, -1)) FROM old_rows o), '[]'::jsonb);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    changes := changes || coalesce((SELECT jsonb_agg(usi_catalog_facet_key(n.rating_avg, n.category_set_id,
      n.platform, n.min_n8n, n.community_nodes, n.apps, 1)) FROM new_rows n), '[]'::jsonb);
  END IF;
  IF jsonb_array_length(changes) > 0 THEN
    PERFORM usi_catalog_facet_counts_add(changes);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Both tables counted again from catalog_entries (after a TRUNCATE, in a migration, in the recount tests).
CREATE OR REPLACE FUNCTION usi_catalog_facet_counts_recount() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(1515);
  DELETE FROM catalog_compat_counts;
  DELETE FROM catalog_app_counts;
  INSERT INTO catalog_compat_counts (rating_floor, category_set_id, platform, min_n8n, community_nodes, entries)
    SELECT floor(rating_avg)::smallint, category_set_id, platform, coalesce(min_n8n, 0), community_nodes, count(*)
    FROM catalog_entries GROUP BY 1, 2, 3, 4, 5;
  INSERT INTO catalog_app_counts (rating_floor, category_set_id, app, entries)
    SELECT floor(rating_avg)::smallint, category_set_id, app, count(*)
    FROM catalog_entries, unnest(apps) app GROUP BY 1, 2, 3;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION usi_catalog_facet_counts_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM usi_catalog_facet_counts_recount();
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER catalog_entries_facets_insert AFTER INSERT ON catalog_entries
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION usi_catalog_facet_counts_changed();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER catalog_entries_facets_update AFTER UPDATE ON catalog_entries
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION usi_catalog_facet_counts_changed();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER catalog_entries_facets_delete AFTER DELETE ON catalog_entries
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION usi_catalog_facet_counts_changed();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER catalog_entries_facets_truncate AFTER TRUNCATE ON catalog_entries
  FOR EACH STATEMENT EXECUTE FUNCTION usi_catalog_facet_counts_truncated();
