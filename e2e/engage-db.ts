import postgres from 'postgres';
import { generateTransferReference } from '../lib/payments/reference';

/**
 * Direct rows for the favorites and reviews journeys, when the e2e server runs on Postgres
 * (`hasDirectDb`). Each call opens and closes its own small connection.
 */
async function withSql<T>(run: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error('E2E_DATABASE_URL is not set: guard the test with hasDirectDb.');
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await run(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** Makes `email` the owner of the workflow `slug` (an ACTIVE purchase), as an approved payment would. */
export function giveActivePurchase(email: string, slug: string): Promise<void> {
  const reference = generateTransferReference();
  return withSql(async (sql) => {
    // The workflow's sales count grows with the purchase, as an approval makes it (e2e/sales-count.spec.ts
    // compares the admin's Sales column with the ACTIVE purchases of the same demo workflows).
    const rows = await sql`
      with bought as (
        insert into purchases (user_id, workflow_id, amount, status, transfer_reference, reviewed_at)
        select u.id, w.id, w.price, 'ACTIVE', ${reference}, now()
        from users u, workflows w where u.email = ${email} and w.slug = ${slug}
        returning workflow_id)
      update workflows set sales_count = sales_count + 1 where id in (select workflow_id from bought)
      returning id`;
    if (rows.length !== 1) throw new Error(`No user ${email} or workflow ${slug}`);
  });
}

export function setWorkflowStatus(slug: string, status: 'active' | 'expired'): Promise<void> {
  return withSql(async (sql) => {
    await sql`update workflows set status = ${status} where slug = ${slug}`;
  });
}

export function countFavoriteRows(email: string, slug: string): Promise<number> {
  return withSql(async (sql) => {
    const [row] = await sql<{ n: number }[]>`
      select count(*)::int as n from favorites f
      join users u on u.id = f.user_id join workflows w on w.id = f.workflow_id
      where u.email = ${email} and w.slug = ${slug}`;
    return row?.n ?? 0;
  });
}

/** The stored aggregates and what the visible reviews say, computed independently. */
export function ratingOf(slug: string): Promise<{ stored: [string, number]; truth: [string, number] }> {
  return withSql(async (sql) => {
    const [row] = await sql<{ avg: string; cnt: number; t_avg: string | null; t_cnt: number }[]>`
      select w.rating_avg::text as avg, w.review_count as cnt,
             (select round(avg(c.rating)::numeric, 2)::text from comments c where c.workflow_id = w.id and not c.hidden) as t_avg,
             (select count(*)::int from comments c where c.workflow_id = w.id and not c.hidden) as t_cnt
      from workflows w where w.slug = ${slug}`;
    if (!row) throw new Error(`No workflow ${slug}`);
    return { stored: [row.avg, row.cnt], truth: [row.t_avg ?? '0.00', row.t_cnt] };
  });
}
