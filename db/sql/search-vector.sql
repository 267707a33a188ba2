-- workflows.search_vector (db/schema/catalog.ts) is a generated column: the expressions it is built from
-- must be immutable. array_to_string is only STABLE, so the column cannot call it; for text[] it is
-- immutable, and this wrapper says so.
CREATE OR REPLACE FUNCTION usi_text_array_to_string(arr text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT coalesce(array_to_string(arr, ' '), '') $$;
