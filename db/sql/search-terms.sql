-- search_terms: every lower-cased word of an active or past workflow title, for the typo-tolerant search.
-- New workflows' titles are added by usi_workflows_inserted (catalog-counts.sql), a changed title here.
-- Words are never removed.
-- The words of titles, as the search box splits them (letters and digits, lower-cased).
CREATE OR REPLACE FUNCTION usi_search_terms_add(titles text[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO search_terms (term)
  SELECT DISTINCT m[1] FROM unnest(titles) t, regexp_matches(lower(t), '[[:alnum:]]+', 'g') m
  ORDER BY 1 ON CONFLICT DO NOTHING
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION usi_workflow_retitled() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM usi_search_terms_add(ARRAY[NEW.title]);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER workflows_terms_title AFTER UPDATE OF title ON workflows
  FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title) EXECUTE FUNCTION usi_workflow_retitled();
