import 'server-only';
import { sql, type AnyColumn, type SQL, type SQLWrapper } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { catalogEntries, categories, workflowAssets, workflowCategories, workflows } from '@/db/schema';

/*
 * The catalog's statements are `sql` templates (materialized CTEs, json_agg pages: shapes the query builder
 * cannot write), typed through the schema: a statement names a table with its alias (`from ${workflows} ${w}`
 * renders `from "workflows" "w"`) and reads every column through the alias (`${w.price}` renders
 * `"w"."price"`), so renaming a column in db/schema breaks the build, not a query.
 *
 * A derived table or CTE that keeps a table's columns under their own names is read through that table's
 * alias: a page of cards `(select ${pageColumns} from workflows w …) w` through `w`, the word search's
 * `hits e` (columns of catalog_entries) through `e`. Names a statement makes up (`rank`, `ord`, `set_id`, a
 * CTE's name) are not schema columns and stay plain text.
 */

/** `workflows w` */
export const w = alias(workflows, 'w');
/** `catalog_entries e`, and the word search's `hits e` */
export const e = alias(catalogEntries, 'e');
/** `categories c` */
export const c = alias(categories, 'c');
/** `workflow_categories wc` */
export const wc = alias(workflowCategories, 'wc');
/** `workflow_assets a` */
export const a = alias(workflowAssets, 'a');

export type Selection = Record<string, AnyColumn | SQLWrapper>;

/**
 * A select list `expr as "key", …`: the output columns (and so the keys of a `json_agg` of its rows) are
 * the record's keys. Declare the record `satisfies Record<keyof RowType, …>` to tie them to the row's type.
 */
export function selectList(fields: Selection): SQL {
  return sql.join(
    Object.entries(fields).map(([key, value]) => sql`${value} as ${sql.identifier(key)}`),
    sql`, `,
  );
}
