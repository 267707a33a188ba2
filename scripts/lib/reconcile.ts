import type postgres from 'postgres';

/**
 * What must hold in the database however many shoppers, admins and bank notifications raced, and
 * whatever process was killed mid-write (`npm run load`, `npm run load -- --crash`). Each check answers
 * the rows that break it (empty = holds), read straight from Postgres, not through the app.
 */
export type Discrepancy = { check: string; detail: string };

/** Per workflow, its sales count and its ACTIVE purchases: a sale is one purchase turned ACTIVE. */
export type SalesSnapshot = Map<string, { sales: number; active: number }>;

export async function salesSnapshot(sql: postgres.Sql): Promise<SalesSnapshot> {
  const rows = await sql<{ id: string; sales_count: number; active: number }[]>`
    select w.id, w.sales_count,
           (select count(*)::int from purchases p where p.workflow_id = w.id and p.status = 'ACTIVE') as active
    from workflows w`;
  return new Map(rows.map((r) => [r.id, { sales: r.sales_count, active: r.active }]));
}

const checks: { name: string; query: (sql: postgres.Sql) => Promise<postgres.Row[]> }[] = [
  {
    name: 'at most one open (PENDING or ACTIVE) purchase per buyer and workflow',
    query: (sql) => sql`
      select user_id, workflow_id, count(*)::int as n from purchases
      where status in ('PENDING', 'ACTIVE') group by 1, 2 having count(*) > 1`,
  },
  {
    name: 'each ACTIVE purchase has exactly one invoice, and no other purchase has one',
    query: (sql) => sql`
      select p.id, p.status, count(i.id)::int as invoices from purchases p
      left join invoices i on i.purchase_id = p.id
      group by p.id, p.status
      having (p.status = 'ACTIVE' and count(i.id) <> 1) or (p.status <> 'ACTIVE' and count(i.id) > 0)`,
  },
  {
    name: 'invoice numbers are continuous in each year (1 … last, each once) and the counter is at the last',
    query: (sql) => sql`
      with numbered as (
        select split_part(invoice_number, '-', 2)::int as year, split_part(invoice_number, '-', 3)::int as n
        from invoices
      ), per_year as (
        select year, count(*)::int as issued, count(distinct n)::int as distinct_numbers, max(n) as last
        from numbered group by year
      )
      select y.*, c.last_number from per_year y left join invoice_counters c on c.year = y.year
      where y.issued <> y.last or y.distinct_numbers <> y.issued or c.last_number is distinct from y.last`,
  },
  {
    name: 'one "Payment confirmed" notification per ACTIVE purchase',
    query: (sql) => sql`
      with paid as (select user_id, count(*)::int as n from purchases where status = 'ACTIVE' group by 1),
      told as (select user_id, count(*)::int as n from notifications
               where type = 'SUCCESS' and title = 'Payment confirmed' group by 1)
      select coalesce(p.user_id, t.user_id) as user_id, p.n as active, t.n as notices
      from paid p full join told t on t.user_id = p.user_id
      where coalesce(p.n, 0) <> coalesce(t.n, 0)`,
  },
  {
    name: 'rating average and review count equal the recount of visible reviews',
    query: (sql) => sql`
      select w.id, w.rating_avg, w.review_count, r.avg, r.n from workflows w
      left join lateral (
        select coalesce(round(avg(c.rating)::numeric, 2), 0) as avg, count(*)::int as n
        from comments c where c.workflow_id = w.id and c.hidden = false
      ) r on true
      where w.rating_avg <> r.avg or w.review_count <> r.n`,
  },
  {
    name: 'reviews only by buyers who own the workflow',
    query: (sql) => sql`
      select c.id from comments c
      where not exists (select 1 from purchases p where p.user_id = c.user_id and p.workflow_id = c.workflow_id
                        and p.status = 'ACTIVE')
        and c.user_id in (select user_id from purchases)`,
  },
  {
    name: 'the catalog copy (catalog_entries) equals its workflow, one entry per active workflow',
    query: (sql) => sql`
      select w.id, w.status, e.workflow_id as entry from workflows w
      full join catalog_entries e on e.workflow_id = w.id
      where (w.status = 'active') is distinct from (e.workflow_id is not null)
         or e.sales_count <> w.sales_count or e.review_count <> w.review_count or e.rating_avg <> w.rating_avg
         or e.price <> w.price`,
  },
  {
    name: 'catalog counts (all, and per category) equal the active workflows',
    query: (sql) => sql`
      with truth as (
        select 'all' as key, count(*)::int as n from workflows where status = 'active'
        union all
        select wc.category_id::text, count(*)::int from workflow_categories wc
        join workflows w on w.id = wc.workflow_id and w.status = 'active' group by 1
      )
      select coalesce(t.key, c.key) as key, t.n as truth, c.active_workflows as stored
      from truth t full join catalog_counts c on c.key = t.key
      where coalesce(t.n, 0) <> coalesce(c.active_workflows, 0)`,
  },
  {
    name: 'kept facet counts (catalog_compat_counts, catalog_app_counts) equal the catalog entries',
    query: (sql) => sql`
      with truth as (
        select 'compat' as kind, concat_ws('|', floor(rating_avg), category_set_id, platform, coalesce(min_n8n, 0),
          community_nodes) as key, count(*)::int as n from catalog_entries group by 2
        union all
        select 'app', concat_ws('|', floor(rating_avg), category_set_id, app), count(*)::int
        from catalog_entries, unnest(apps) app group by 2
      ), stored as (
        select 'compat' as kind, concat_ws('|', rating_floor, category_set_id, platform, min_n8n, community_nodes) as key,
          entries as n from catalog_compat_counts
        union all
        select 'app', concat_ws('|', rating_floor, category_set_id, app), entries from catalog_app_counts
      )
      select coalesce(t.kind, s.kind) as kind, coalesce(t.key, s.key) as key, t.n as truth, s.n as stored
      from truth t full join stored s on s.kind = t.kind and s.key = t.key
      where coalesce(t.n, 0) <> coalesce(s.n, 0)`,
  },
  {
    name: 'favorites are unique per user and workflow',
    query: (sql) => sql`
      select user_id, workflow_id, count(*)::int from favorites group by 1, 2 having count(*) > 1`,
  },
];

/**
 * Every check, plus the sales: each workflow's sales_count grew by exactly the purchases of it that
 * became ACTIVE meanwhile (the seeded counts are the shop owner's figures, so only the change is checked).
 */
export async function reconcile(sql: postgres.Sql, before: SalesSnapshot): Promise<Discrepancy[]> {
  const found: Discrepancy[] = [];
  for (const check of checks) {
    const rows = await check.query(sql);
    for (const row of rows.slice(0, 5)) found.push({ check: check.name, detail: JSON.stringify(row) });
    if (rows.length > 5) found.push({ check: check.name, detail: `… and ${rows.length - 5} more` });
  }
  for (const [id, now] of await salesSnapshot(sql)) {
    const then = before.get(id) ?? { sales: 0, active: 0 };
    if (now.sales - then.sales !== now.active - then.active) {
      found.push({
        check: 'sales_count grew by exactly the purchases that became ACTIVE',
        detail: JSON.stringify({ workflow: id, before: then, now }),
      });
    }
  }
  return found;
}
