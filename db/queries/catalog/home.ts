import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { db, queryRows } from '@/db';
import { catalogCounts, type CatalogCount, type Category } from '@/db/schema';
import { cardColumns, pageColumns, parseJson, toCards, type WorkflowCard } from './cards';
import { aliased, c, rendered, selectList, w } from './typed-sql';

export type CategoryWithCount = Pick<
  Category,
  'id' | 'slug' | 'name' | 'nameVi' | 'description' | 'descriptionVi' | 'icon'
> & {
  workflowCount: CatalogCount['activeWorkflows'];
};

export type HomeData = {
  bestRated: WorkflowCard[];
  bestSelling: WorkflowCard[];
  newest: WorkflowCard[];
  categories: CategoryWithCount[];
};

const top = (order: SQL, limit: number, where: SQL = sql`true`) => sql`(select coalesce(json_agg(p), '[]'::json) from (
  select ${cardColumns} from (select ${pageColumns} from ${w.$table} where ${w.status} = 'active' and ${where}
    order by ${order} limit ${limit}) w) p)`;

/** `catalog_counts n` */
const n = aliased(catalogCounts, 'n');

/** Every category with its number of active workflows (kept by triggers in catalog_counts, no scan). */
const categoriesWithCounts = rendered(sql`(select coalesce(json_agg(r order by r.name), '[]'::json) from (
  select ${selectList({
    id: c.id,
    slug: c.slug,
    name: c.name,
    nameVi: c.nameVi,
    description: c.description,
    descriptionVi: c.descriptionVi,
    icon: c.icon,
    workflowCount: sql`coalesce(${n.activeWorkflows}, 0)::int`,
  } satisfies Record<keyof CategoryWithCount, unknown>)}
  from ${c.$table} left join ${n.$table} on ${n.key} = ${c.id}::text) r)`);

/** The home page in one statement: best rated (with reviews), best selling, newest, the categories. */
export async function getHomeData(limit = 4): Promise<HomeData> {
  const [row] = await queryRows<Record<'best_rated' | 'best_selling' | 'newest' | 'categories', unknown>>(
    db,
    sql`select
      ${top(sql`${w.ratingAvg} desc, ${w.reviewCount} desc, ${w.id}`, limit, sql`${w.reviewCount} > 0`)} as best_rated,
      ${top(sql`${w.salesCount} desc, ${w.id}`, limit)} as best_selling,
      ${top(sql`${w.createdAt} desc, ${w.id}`, limit * 2)} as newest,
      ${categoriesWithCounts} as categories`,
  );
  return {
    bestRated: toCards(row?.best_rated),
    bestSelling: toCards(row?.best_selling),
    newest: toCards(row?.newest),
    categories: parseJson<CategoryWithCount[]>(row?.categories, []),
  };
}
