-- Issue 15 backfill: the folded title words and the typo deletes index of the words already in search_terms,
-- and catalog_entries' vectors with the folded lexemes (the lexemes trigger adds them to search_lexemes).
INSERT INTO search_terms (term)
  SELECT DISTINCT usi_fold(term) FROM search_terms ORDER BY 1
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO search_term_variants (variant, term)
  SELECT DISTINCT d, t.term FROM search_terms t, usi_term_deletes(t.term) d ORDER BY 1, 2
ON CONFLICT DO NOTHING;
--> statement-breakpoint
UPDATE catalog_entries e SET title_vector = usi_title_vector(w.title),
    search_vector = usi_folded_search_vector(w.search_vector, w.title, w.short_description, w.features, w.description)
  FROM workflows w WHERE w.id = e.workflow_id;
