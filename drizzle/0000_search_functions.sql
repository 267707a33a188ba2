-- Helpers the schema's generated search column and the catalog search need. Custom migration
-- (drizzle-kit generate --custom): it runs before the tables are created.
-- array_to_string is only STABLE, so a generated column cannot call it; for text[] it is immutable.
CREATE OR REPLACE FUNCTION usi_text_array_to_string(arr text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT coalesce(array_to_string(arr, ' '), '') $$;
--> statement-breakpoint
-- Trigram similarity powers typo-tolerant search. It is optional: where the server has no pg_trgm the
-- catalog falls back to prefix matching (lib and db/queries test both paths).
DO $$
BEGIN
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'pg_trgm is not available (%); typo-tolerant search uses the fallback', SQLERRM;
END
$$;
