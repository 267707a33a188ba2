import 'server-only';
import { sql } from 'drizzle-orm';
import { db, queryRows } from '@/db';
import { workflowCategories } from '@/db/schema';
import { cardColumns, pageColumns, toCards, type WorkflowCard } from './cards';
import { aliased, w, wc } from './typed-sql';

/** The given workflow's category links (`mine`), and the two sides of counting the categories shared (`x`, `y`). */
const mine = aliased(workflowCategories, 'mine');
const x = aliased(workflowCategories, 'x');
const y = aliased(workflowCategories, 'y');

/**
 * Active workflows sharing a category with `workflowId`, most shared categories first, then best
 * selling. One statement: per category, the best sellers through the sales index (a LATERAL with a
 * small LIMIT, so a category of 20,000 workflows costs a few rows), merged and ranked.
 */
export async function listRelatedWorkflows(workflowId: string, limit = 4): Promise<WorkflowCard[]> {
  const [row] = await queryRows<{ items: unknown }>(
    db,
    sql`select coalesce(json_agg(r order by r.shared desc, r."salesCount" desc, r.id), '[]'::json) as items from (
      select ${cardColumns},
        (select count(*) from ${x.$table} join ${y.$table} on ${y.categoryId} = ${x.categoryId}
          where ${x.workflowId} = ${w.id} and ${y.workflowId} = ${workflowId}) as shared
      from (
        select distinct on (${w.id}) ${w.$alias}.* from ${mine.$table}
        cross join lateral (
          select ${pageColumns} from ${w.$table}
          where ${w.status} = 'active' and ${w.id} <> ${workflowId}
            and exists (select 1 from ${wc.$table} where ${wc.workflowId} = ${w.id} and ${wc.categoryId} = ${mine.categoryId})
          order by ${w.salesCount} desc, ${w.id} limit ${limit * 2}
        ) w
        where ${mine.workflowId} = ${workflowId}
      ) w
      order by shared desc, ${w.salesCount} desc, ${w.id} limit ${limit}
    ) r`,
  );
  return toCards(row?.items);
}
