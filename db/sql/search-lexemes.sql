-- search_lexemes: every lexeme of every catalog entry's search vector (never removed). In lexeme order, so
-- that concurrent writers take the new rows' locks in one order (no deadlock).
CREATE OR REPLACE FUNCTION usi_search_lexemes_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_lexemes (lexeme)
    SELECT DISTINCT l FROM new_rows n, unnest(tsvector_to_array(n.search_vector)) l ORDER BY 1
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER catalog_entries_lexemes_insert AFTER INSERT ON catalog_entries
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION usi_search_lexemes_add();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER catalog_entries_lexemes_update AFTER UPDATE ON catalog_entries
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION usi_search_lexemes_add();
