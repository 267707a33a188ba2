import 'server-only';
import { getTableColumns, sql, type SQL, type SQLWrapper, type Table } from 'drizzle-orm';
import { alias, PgDialect } from 'drizzle-orm/pg-core';
import { catalogEntries, categories, workflowAssets, workflowCategories, workflows } from '@/db/schema';

/*
 * The catalog's statements are `sql` templates (materialized CTEs, json_agg pages: shapes the query builder
 * cannot write), typed through the schema: a statement names a table with its alias (`from ${w.$table}`
 * renders `from "workflows" "w"`) and reads every column through the alias (`${w.price}` renders
 * `"w"."price"`), so renaming a column in db/schema breaks the build, not a query.
 *
 * A derived table or CTE that keeps a table's columns under their own names is read through that table's
 * alias: a page of cards `(select ${pageColumns} from workflows w …) w` through `w`, the word search's
 * `hits e` (columns of catalog_entries) through `e`. Names a statement makes up (`rank`, `ord`, `set_id`, a
 * CTE's name) are not schema columns and stay plain text.
 */

const dialect = new PgDialect();

/**
 * A fragment without parameters, rendered to SQL text once. Drizzle renders a column object in some
 * microseconds (an aliased one in ~5): a word search names ~100 columns, which would add a third of a
 * millisecond to every search. Rendered at start-up, a statement built per request joins text.
 */
export function rendered(fragment: SQL): SQL {
  const query = dialect.sqlToQuery(fragment);
  if (query.params.length > 0) throw new Error('rendered(): the fragment has parameters');
  return sql.raw(query.sql);
}

/**
 * `table` under the alias `name`, for `sql` templates: each of the table's columns (by its schema key) is
 * its reference through the alias (`"w"."price"`), `$table` names the table with its alias for a FROM or
 * JOIN (`"workflows" "w"`), `$alias` is the alias alone (`"w"`, for a derived table read through it).
 * Built with drizzle's alias(), rendered once.
 */
export type Aliased<T extends Table> = { readonly [K in keyof T['_']['columns']]: SQL } & {
  readonly $table: SQL;
  readonly $alias: SQL;
};

export function aliased<T extends Table>(table: T, name: string): Aliased<T> {
  const aliasedTable = alias(table, name);
  const columns = Object.entries(getTableColumns(aliasedTable)).map(([key, column]) => [key, rendered(sql`${column}`)]);
  return {
    ...Object.fromEntries(columns),
    $table: rendered(sql`${table} ${aliasedTable}`),
    $alias: rendered(sql`${aliasedTable}`),
  } as Aliased<T>;
}

/** `workflows w` */
export const w = aliased(workflows, 'w');
/** `catalog_entries e`, and the word search's `hits e` */
export const e = aliased(catalogEntries, 'e');
/** `categories c` */
export const c = aliased(categories, 'c');
/** `workflow_categories wc` */
export const wc = aliased(workflowCategories, 'wc');
/** `workflow_assets a` */
export const a = aliased(workflowAssets, 'a');

export type Selection = Record<string, SQLWrapper>;

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
