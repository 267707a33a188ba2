-- search_terms: every lower-cased word of an active or past workflow title, for the typo-tolerant search.
-- New workflows' titles are added by usi_workflows_inserted (catalog-counts.sql), a changed title here.
-- Words are never removed.
-- The words of titles, as the search box splits them (letters and digits, lower-cased), and each also
-- folded (search-fold.sql: "hóa" → "hoa").
CREATE OR REPLACE FUNCTION usi_search_terms_add(titles text[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO search_terms (term)
  SELECT DISTINCT w FROM unnest(titles) t, regexp_matches(lower(normalize(t, NFC)), '[[:alnum:]]+', 'g') m,
    unnest(ARRAY[m[1], usi_fold(m[1])]) w
  ORDER BY 1 ON CONFLICT DO NOTHING
$$;
--> statement-breakpoint
-- search_term_variants (the typo dictionary's deletes index): a word of 4 letters or more under itself and
-- each spelling with one letter removed; a word of 7 or more also with two removed. A query word of 5–8
-- letters (one typo allowed) reaches every word within one edit through its own deletes, one of 9 or more
-- (two typos) every word within two.
CREATE OR REPLACE FUNCTION usi_term_deletes(term text) RETURNS SETOF text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT term WHERE length(term) >= 4
  UNION
  SELECT overlay(term placing '' from i for 1) FROM generate_series(1, length(term)) i WHERE length(term) >= 4
  UNION
  SELECT overlay(overlay(term placing '' from j for 1) placing '' from i for 1)
    FROM generate_series(1, length(term)) i, generate_series(i + 1, length(term)) j WHERE length(term) >= 7
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION usi_search_terms_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_term_variants (variant, term)
    SELECT DISTINCT d, n.term FROM new_rows n, usi_term_deletes(n.term) d ORDER BY 1, 2
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER search_terms_variants_insert AFTER INSERT ON search_terms
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION usi_search_terms_added();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION usi_workflow_retitled() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM usi_search_terms_add(array_remove(ARRAY[NEW.title, NEW.title_vi], NULL));
  RETURN NULL;
END $$;
--> statement-breakpoint
-- A changed English or Vietnamese title (issue 14).
CREATE OR REPLACE TRIGGER workflows_terms_title AFTER UPDATE OF title, title_vi ON workflows
  FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.title_vi IS DISTINCT FROM NEW.title_vi)
  EXECUTE FUNCTION usi_workflow_retitled();
