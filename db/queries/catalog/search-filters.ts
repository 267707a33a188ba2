import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import type { WorkflowMetadata } from '@/db/schema';
import type { CatalogSearch } from '@/lib/validations/catalog';
import { appFacetsFrom, compatGroupsFrom, inChosen, slugList } from './search-counts';
import { c, e, w, wc } from './typed-sql';

/**
 * The catalog search's filters as SQL conditions, and the app and platform facets that count the matches
 * of every filter but their own. search-workflows.ts puts them into its one statement.
 */

/**
 * The filters other than the words and the category: price range, minimum rating, apps used, platform.
 * Over `workflows w` (browsing) they also ask for an active workflow; over `catalog_entries e` (searching
 * words) every row is an active workflow, the apps are a text[] and the platform a column.
 */
export function filterConditions(search: CatalogSearch, over: 'workflows' | 'entries'): SQL[] {
  const t = over === 'workflows' ? w : e;
  const where: SQL[] = over === 'workflows' ? [sql`${w.status} = 'active'`] : [];
  if (search.minPrice !== undefined) where.push(sql`${t.price} >= ${String(search.minPrice)}::numeric`);
  if (search.maxPrice !== undefined) where.push(sql`${t.price} <= ${String(search.maxPrice)}::numeric`);
  if (search.minRating !== undefined) where.push(sql`${t.ratingAvg} >= ${String(search.minRating)}::numeric`);
  if (search.app.length > 0) {
    if (over === 'entries') {
      where.push(
        sql`${e.apps} && array[${sql.join(
          search.app.map((app) => sql`${app}`),
          sql`, `,
        )}]::text[]`,
      );
    } else {
      // `metadata @> {"apps":[…]}` uses the jsonb_path_ops index; any of the chosen apps.
      const any = search.app.map(
        (app) => sql`${w.metadata} @> ${JSON.stringify({ apps: [app] } satisfies WorkflowMetadata)}::jsonb`,
      );
      where.push(sql`(${sql.join(any, sql` or `)})`);
    }
  }
  if (search.platform !== undefined) {
    if (over === 'entries') where.push(sql`${e.platform} = ${search.platform}`);
    // Another platform than n8n is rare: `metadata @> {"platform":…}` reads it through the jsonb_path_ops
    // index. n8n is most of the catalog (and the platform when the metadata names none, as
    // catalog_entries reads it): a filter on the rows the sort's index walk visits anyway.
    else if (search.platform === 'n8n')
      where.push(sql`coalesce(nullif(${w.metadata}->>'platform', ''), 'n8n') = 'n8n'`);
    else
      where.push(
        sql`${w.metadata} @> ${JSON.stringify({ platform: search.platform } satisfies WorkflowMetadata)}::jsonb`,
      );
  }
  const compat = compatConditions(search);
  if (compat.length > 0) {
    // What the workflow's JSON needs is read into its catalog entry (db/sql/catalog-entries.sql): browsing
    // looks each workflow's entry up by its key.
    if (over === 'entries') where.push(...compat);
    else
      where.push(
        sql`exists (select 1 from ${e.$table} where ${e.workflowId} = ${w.id} and ${sql.join(compat, sql` and `)})`,
      );
  }
  return where;
}

/** The "Runs on my n8n" filters over catalog_entries `e`: a version means a template for n8n. */
function compatConditions(search: CatalogSearch): SQL[] {
  const where: SQL[] = [];
  if (search.n8n !== undefined)
    where.push(sql`${e.platform} = 'n8n' and (${e.minN8n} is null or ${e.minN8n} <= ${search.n8n})`);
  if (search.builtIn) where.push(sql`not ${e.communityNodes}`);
  return where;
}

export function categoryCondition(slugs: string[]): SQL | null {
  if (slugs.length === 0) return null;
  return sql`${w.id} in (select ${wc.workflowId} from ${wc.$table} join ${c.$table} on ${c.id} = ${wc.categoryId}
    where ${c.slug} in (${slugList(slugs)}))`;
}

/**
 * The app facets read from the catalog entries (active workflows, their apps as a text[]) that meet every
 * filter but the apps, in the chosen categories (the statement's `chosen` CTE), and `extra` (a word match).
 */
export function entryAppFacets(search: CatalogSearch, extra: SQL[] = []): SQL {
  const where = [...filterConditions({ ...search, app: [] }, 'entries'), ...extra];
  where.push(inChosen(e.categorySetId, search.category));
  return appFacetsFrom(e.$table, sql.join(where, sql` and `));
}

/**
 * The compatibility groups likewise (compatGroupsFrom): the entries that meet every filter but the platform
 * and n8n ones, which compatFacets applies to the groups, and `extra`.
 */
export function entryCompatGroups(search: CatalogSearch, extra: SQL[] = []): SQL {
  const others = { ...search, platform: undefined, n8n: undefined, builtIn: false };
  const where = [...filterConditions(others, 'entries'), ...extra];
  where.push(inChosen(e.categorySetId, search.category));
  return compatGroupsFrom(e.$table, sql.join(where, sql` and `));
}
