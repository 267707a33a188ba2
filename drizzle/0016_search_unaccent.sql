-- Accent-insensitive search (issue 15): `unaccent` folds "hóa đơn" and "hoá đơn" to "hoa don". Both Postgres
-- (contrib) and PGlite (@electric-sql/pglite/contrib/unaccent, loaded by db/client.ts) ship it. Custom
-- migration: the search functions of the next migrations call it.
CREATE EXTENSION IF NOT EXISTS unaccent;
