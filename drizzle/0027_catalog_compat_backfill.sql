-- The entries rebuilt by 0025 get the lowest n8n version and the community nodes of their workflow's JSON
-- (the functions of 0026; the triggers keep them from now on).
UPDATE "catalog_entries" e SET "min_n8n" = usi_workflow_min_n8n(w."definition"),
  "community_nodes" = usi_workflow_community(w."definition")
FROM "workflows" w WHERE w."id" = e."workflow_id";
