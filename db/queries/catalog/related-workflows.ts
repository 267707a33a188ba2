import 'server-only';
import { sql } from 'drizzle-orm';
import { db, queryRows } from '@/db';
import { cardColumns, pageColumns, toCards, type WorkflowCard } from './cards';

/**
 * Active workflows sharing a category with `workflowId`, most shared categories first, then best
 * selling. One statement: per category, the best sellers through the sales index (a LATERAL with a
 * small LIMIT, so a category of 20,000 workflows costs a few rows), merged and ranked.
 */
export async function listRelatedWorkflows(workflowId: string, limit = 4): Promise<WorkflowCard[]> {
  const [row] = await queryRows<{ items: unknown }>(
    db,
    sql`select coalesce(json_agg(r order by r.shared desc, r.sales_count desc, r.id), '[]'::json) as items from (
      select ${cardColumns},
        (select count(*) from workflow_categories x join workflow_categories y on y.category_id = x.category_id
          where x.workflow_id = w.id and y.workflow_id = ${workflowId}) as shared
      from (
        select distinct on (w.id) w.* from workflow_categories mine
        cross join lateral (
          select ${pageColumns} from workflows w
          where w.status = 'active' and w.id <> ${workflowId}
            and exists (select 1 from workflow_categories wc where wc.workflow_id = w.id and wc.category_id = mine.category_id)
          order by w.sales_count desc, w.id limit ${limit * 2}
        ) w
        where mine.workflow_id = ${workflowId}
      ) w
      order by shared desc, w.sales_count desc, w.id limit ${limit}
    ) r`,
  );
  return toCards(row?.items);
}
