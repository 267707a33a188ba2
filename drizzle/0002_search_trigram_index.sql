-- Typo-tolerant title search: a trigram index where pg_trgm is installed (see 0000).
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    EXECUTE 'CREATE INDEX IF NOT EXISTS workflows_title_trgm_idx ON workflows USING gin (lower(title) gin_trgm_ops)';
  END IF;
END
$$;
