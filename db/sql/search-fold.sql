-- Accent folding for the catalog search (issue 15): lower case, Unicode NFC, then `unaccent` ("Hóa đơn",
-- "hoá đơn" → "hoa don"; "đ" → "d"). lib/search/fold.ts folds a query the same way. IMMUTABLE (unaccent
-- with its dictionary named is), so triggers and indexes may call it.
CREATE OR REPLACE FUNCTION usi_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, lower(normalize(coalesce(t, ''), NFC))) $$;
--> statement-breakpoint
-- The lexemes of a vector built from folded text that the vector of the text as written lacks (none for
-- English text): catalog_entries adds them to its vectors, so "hoa don" finds "hóa đơn" while a query
-- with the accents matches both forms and ranks the accented text higher.
CREATE OR REPLACE FUNCTION usi_folded_extra(v tsvector, folded tsvector) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT v || ts_delete(folded, tsvector_to_array(v)) $$;
--> statement-breakpoint
-- A workflow's search vector with the folded lexemes added: the same weights as workflows.search_vector.
-- Text that is all ASCII folds to its own lexemes: its vector is kept as it is (no second parse).
CREATE OR REPLACE FUNCTION usi_folded_search_vector(v tsvector, title text, short text, features text[], description text)
  RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE WHEN concat(title, short, usi_text_array_to_string(features), description) ~ '[^\x01-\x7f]'
    THEN usi_folded_extra(v,
      setweight(to_tsvector('english'::regconfig, usi_fold(title)), 'A')
      || setweight(to_tsvector('english'::regconfig, usi_fold(short)), 'B')
      || setweight(to_tsvector('english'::regconfig, usi_fold(usi_text_array_to_string(features))), 'B')
      || setweight(to_tsvector('english'::regconfig, usi_fold(description)), 'C'))
    ELSE v END $$;
--> statement-breakpoint
-- The search vector of a workflow's optional Vietnamese version (issue 14: title_vi A, short_description_vi B,
-- description_vi C), with its folded lexemes: catalog_entries adds it to the English vector, so a search in
-- either language, with or without accents, finds the workflow. Empty when there is no Vietnamese text.
CREATE OR REPLACE FUNCTION usi_vi_search_vector(title text, short text, description text)
  RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE WHEN coalesce(title, short, description) IS NULL THEN ''::tsvector
    ELSE usi_folded_search_vector(
      setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
      || setweight(to_tsvector('english'::regconfig, coalesce(short, '')), 'B')
      || setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'C'),
      coalesce(title, ''), coalesce(short, ''), '{}'::text[], coalesce(description, ''))
    END $$;
--> statement-breakpoint
-- The title vector (weight A) of catalog_entries, with the folded lexemes added (none for an ASCII title).
CREATE OR REPLACE FUNCTION usi_title_vector(title text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE WHEN coalesce(title, '') ~ '[^\x01-\x7f]'
    THEN usi_folded_extra(setweight(to_tsvector('english'::regconfig, title), 'A'),
      setweight(to_tsvector('english'::regconfig, usi_fold(title)), 'A'))
    ELSE setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') END $$;
