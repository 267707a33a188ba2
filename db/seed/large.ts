/**
 * A large generated catalogue for search and pagination at scale (`npm run db:seed -- --workflows N`).
 * Titles combine verb × object × app × app × outcome, so search finds realistic variety. Rows go in
 * batches, one transaction per batch, sharing one small n8n definition per batch.
 */
import { count, sql } from 'drizzle-orm';
import { queryRows, type Database } from '../client';
import { workflows, type WorkflowMetadata } from '../schema';
import { slugify, type Level } from './content';
import { daysAgo, ensureCategories } from './demo-catalog';
import { appActions } from './n8n-apps';
import { buildSmallDefinition, type N8nWorkflow } from './n8n';
import { createRandom, type Random } from './random';

const VERBS = [
  'Sync',
  'Route',
  'Summarise',
  'Back up',
  'Enrich',
  'Score',
  'Archive',
  'Translate',
  'Monitor',
  'Publish',
  'Reconcile',
  'Qualify',
  'Escalate',
  'Export',
  'Classify',
  'Deduplicate',
  'Forward',
  'Tag',
  'Track',
  'Collect',
];
const OBJECTS = [
  'orders',
  'leads',
  'invoices',
  'support tickets',
  'contacts',
  'deals',
  'form responses',
  'reviews',
  'payments',
  'emails',
  'tasks',
  'calendar events',
  'chat messages',
  'job applications',
  'product feeds',
  'subscriptions',
  'expenses',
  'incidents',
  'pull requests',
  'meeting notes',
  'refunds',
  'survey answers',
];
const OUTCOMES = [
  'with AI summaries',
  'in real time',
  'every morning',
  'with an approval step',
  'without duplicates',
  'for small teams',
  'with Vietnamese templates',
  'and a weekly report',
  'with error alerts',
  'for agencies',
  'on a schedule',
  'with smart filters',
];
const FEATURES = [
  'Triggers on every new item in {a}',
  'Writes clean, de-duplicated records to {b}',
  'Field mapping you can change in one node',
  'Retries failed {b} calls automatically',
  'Works with the free plans of {a} and {b}',
  'Daily summary of everything processed',
  'Ready-made error branch with alerts',
  'Setup guide with screenshots for {a}',
];
const LEVELS: Level[] = ['beginner', 'intermediate', 'advanced'];
const APPS = Object.keys(appActions);

export const LARGE_BATCH_SIZE = 1000;

/** One generated row, keyed like the columns (it travels to the database as JSON). */
type GeneratedRow = {
  slug: string;
  title: string;
  short_description: string;
  description: string;
  price: string;
  features: string[];
  rating_avg: string;
  review_count: number;
  sales_count: number;
  metadata: WorkflowMetadata;
  created_at: string;
  categories: string[];
};

function generate(rnd: Random, n: number, categoryIds: string[]): GeneratedRow {
  const [a, b] = rnd.sample(APPS, 2) as [string, string];
  const verb = rnd.pick(VERBS);
  const object = rnd.pick(OBJECTS);
  const outcome = rnd.pick(OUTCOMES);
  const title = `${verb} ${object} from ${a} to ${b} ${outcome}`;
  const features = rnd.sample(FEATURES, rnd.int(4, 6)).map((f) => f.replace('{a}', a).replace('{b}', b));
  const reviewCount = rnd.chance(0.3) ? 0 : rnd.int(1, 400);
  return {
    slug: `${slugify(title)}-${n}`,
    title,
    short_description: `${verb} ${object} from ${a} to ${b} ${outcome}, without copy-paste.`,
    description:
      `Stop moving ${object} between ${a} and ${b} by hand. This n8n workflow does it ${outcome}.\n\n` +
      `## How it works\n\n${features.map((f) => `- ${f}`).join('\n')}\n\n` +
      `Import the JSON into n8n, connect ${a} and ${b}, and run it once with test data.`,
    price: `${rnd.int(10, 249) * 10_000 - (rnd.chance(0.6) ? 1000 : 0)}.00`,
    features,
    rating_avg: reviewCount === 0 ? '0' : (3 + rnd.next() * 2).toFixed(2),
    review_count: reviewCount,
    sales_count: Math.floor(rnd.next() ** 3 * 3000) + reviewCount,
    metadata: { platform: 'n8n', apps: [a, b], setupMinutes: rnd.int(2, 12) * 5, level: rnd.pick(LEVELS) },
    created_at: daysAgo(rnd.next() * 365).toISOString(),
    categories: rnd.sample(categoryIds, rnd.int(1, 2)),
  };
}

/**
 * One batch in one transaction. The rows travel as a single JSON parameter (jsonb_to_recordset): about
 * 2.5× faster than a 15-column multi-row VALUES on PGlite, and one definition parameter serves them all.
 */
async function insertBatch(db: Database, rows: GeneratedRow[], definition: N8nWorkflow): Promise<number> {
  return db.transaction(async (tx) => {
    const inserted = await queryRows<{ id: string; slug: string }>(
      tx,
      // category_ids as the links' trigger would set them (sorted), so it need not rewrite the rows.
      sql`insert into workflows (slug, title, short_description, description, price, status, features,
            rating_avg, review_count, sales_count, definition, metadata, created_at, updated_at, category_ids)
          select r.slug, r.title, r.short_description, r.description, r.price, 'active', r.features,
            r.rating_avg, r.review_count, r.sales_count, ${JSON.stringify(definition)}::jsonb, r.metadata,
            r.created_at, r.created_at, array(select unnest(r.categories) order by 1)
          from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(slug text, title text,
            short_description text, description text, price numeric, features text[], rating_avg numeric,
            review_count int, sales_count int, metadata jsonb, created_at timestamptz, categories uuid[])
          on conflict (slug) do nothing
          returning id, slug`,
    );
    const categoriesBySlug = new Map(rows.map((r) => [r.slug, r.categories]));
    const links = inserted.flatMap((w) =>
      (categoriesBySlug.get(w.slug) ?? []).map((category_id) => ({ workflow_id: w.id, category_id })),
    );
    if (links.length > 0) {
      await tx.execute(sql`
        insert into workflow_categories (workflow_id, category_id)
        select r.workflow_id, r.category_id
        from jsonb_to_recordset(${JSON.stringify(links)}::jsonb) as r(workflow_id uuid, category_id uuid)`);
    }
    return inserted.length;
  });
}

export type LargeSeedOptions = {
  /** Rows per INSERT (and per transaction). */
  batchSize?: number;
  /** Batches in flight at once: 1 on PGlite (one connection), a few on Postgres. */
  concurrency?: number;
};

/**
 * Adds `total` active workflows, each in 1–2 existing categories (the 8 demo categories are created when
 * missing). Safe to run again: slugs continue from the current number of workflows.
 */
export async function seedLargeCatalog(
  db: Database,
  total: number,
  onProgress: (done: number, total: number) => void = () => {},
  { batchSize = LARGE_BATCH_SIZE, concurrency = 1 }: LargeSeedOptions = {},
): Promise<{ inserted: number }> {
  const categoryIds = [...(await ensureCategories(db)).values()];
  const [existing] = await db.select({ n: count() }).from(workflows);
  let serial = (existing?.n ?? 0) + 1;
  const rnd = createRandom(`large:${serial}`);
  let done = 0;
  let planned = 0;
  let batch = 0;
  let failure: unknown;
  const inFlight = new Set<Promise<void>>();
  onProgress(0, total);
  while (done < total && !failure) {
    while (planned < total && inFlight.size < concurrency) {
      const size = Math.min(batchSize, total - planned);
      planned += size;
      // One small definition per batch, shared by its rows (the catalogue pages never read it).
      const definition = buildSmallDefinition(`Catalog template ${++batch}`, rnd.pick(APPS));
      const rows = Array.from({ length: size }, () => generate(rnd, serial++, categoryIds));
      const job: Promise<void> = insertBatch(db, rows, definition)
        .then((inserted) => {
          if (inserted === 0) throw new Error('No generated workflow could be inserted (slug conflicts).');
          done += inserted;
          planned -= size - inserted; // rows lost to a slug conflict are generated again
          onProgress(done, total);
        })
        .catch((error: unknown) => {
          failure ??= error;
        })
        .finally(() => inFlight.delete(job));
      inFlight.add(job);
    }
    if (inFlight.size === 0) break;
    await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  if (failure) throw failure;
  return { inserted: done };
}
