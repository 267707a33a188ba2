-- The facet counts of 0031 (kept from now on by the triggers of 0032) counted from the existing catalog entries.
SELECT usi_catalog_facet_counts_recount();
