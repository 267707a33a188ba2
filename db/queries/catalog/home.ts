import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { db, queryRows } from '@/db';
import { cardColumns, pageColumns, parseJson, toCards, type WorkflowCard } from './cards';

export type CategoryWithCount = { id: string; slug: string; name: string; description: string; icon: string | null; workflowCount: number };

export type HomeData = {
  bestRated: WorkflowCard[];
  bestSelling: WorkflowCard[];
  newest: WorkflowCard[];
  categories: CategoryWithCount[];
};

const top = (order: SQL, limit: number, where: SQL = sql`true`) => sql`(select coalesce(json_agg(p), '[]'::json) from (
  select ${cardColumns} from (select ${pageColumns} from workflows w where w.status = 'active' and ${where}
    order by ${order} limit ${limit}) w) p)`;

/** Every category with its number of active workflows (kept by triggers in catalog_counts, no scan). */
export const categoriesWithCounts = sql`(select coalesce(json_agg(c order by c.name), '[]'::json) from (
  select c.id, c.slug, c.name, c.description, c.icon, coalesce(n.active_workflows, 0)::int as "workflowCount"
  from categories c left join catalog_counts n on n.key = c.id::text) c)`;

/** The home page in one statement: best rated (with reviews), best selling, newest, the categories. */
export async function getHomeData(limit = 4): Promise<HomeData> {
  const [row] = await queryRows<Record<'best_rated' | 'best_selling' | 'newest' | 'categories', unknown>>(
    db,
    sql`select
      ${top(sql`w.rating_avg desc, w.review_count desc, w.id`, limit, sql`w.review_count > 0`)} as best_rated,
      ${top(sql`w.sales_count desc, w.id`, limit)} as best_selling,
      ${top(sql`w.created_at desc, w.id`, limit * 2)} as newest,
      ${categoriesWithCounts} as categories`,
  );
  return {
    bestRated: toCards(row?.best_rated),
    bestSelling: toCards(row?.best_selling),
    newest: toCards(row?.newest),
    categories: parseJson<CategoryWithCount[]>(row?.categories, []),
  };
}
