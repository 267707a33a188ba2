/**
 * The demo shop's catalogue: categories, workflows with their definitions, category links and assets.
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { categories, workflowAssets, workflowCategories, workflows, type NewWorkflowAsset } from '../schema';
import {
  buildDescription,
  buildMetadata,
  hasGalleryImage,
  priceString,
  seedCategories,
  seedWorkflows,
  slugify,
  type SeedWorkflow,
} from './content';
import { buildDescriptionVi, seedCategoriesVi, seedWorkflowsVi } from './content-vi';
import { byteLength, demoFileKeys, demoSetupGuide, demoWorkflowNotes } from './demo-files';
import { buildWorkflowDefinition } from './n8n';
import { seedReleases } from './demo-releases';
import type { Random } from './random';

export const BASE_DATE = new Date('2026-11-01T08:00:00Z');
const DAY = 86_400_000;

/** A moment `days` (fractional allowed) before the fixed base date, so every run writes the same dates. */
export function daysAgo(days: number): Date {
  return new Date(BASE_DATE.getTime() - Math.round(days * DAY));
}

/** Retired templates: still in their buyers' libraries, no longer for sale. */
export const EXPIRED_SLUGS = [
  'schedule-social-posts-from-airtable-to-discord-and-telegram',
  'add-new-shopify-customers-to-a-mailchimp-audience',
  'create-stripe-customers-from-airtable-sign-ups',
];
/** When the expired templates were retired (buyers bought them before this). */
export const EXPIRED_AT_DAYS_AGO = 12;

export type SeededWorkflow = {
  id: string;
  slug: string;
  title: string;
  price: string;
  status: 'active' | 'expired';
  createdAt: Date;
};

/** Inserts the 8 categories when missing and returns every category's id by slug. */
export async function ensureCategories(tx: Executor): Promise<Map<string, string>> {
  await tx
    .insert(categories)
    .values(
      seedCategories.map(({ name, slug, description, icon }) => ({
        name,
        slug,
        description,
        nameVi: seedCategoriesVi[slug]?.name ?? null,
        descriptionVi: seedCategoriesVi[slug]?.description ?? null,
        icon,
        createdAt: daysAgo(130),
      })),
    )
    .onConflictDoNothing();
  const rows = await tx.select({ id: categories.id, slug: categories.slug }).from(categories);
  return new Map(rows.map((r) => [r.slug, r.id]));
}

/** A demo workflow's Vietnamese columns (content-vi.ts), null where it has none. */
function vietnameseOf(w: SeedWorkflow) {
  const vi = seedWorkflowsVi[w.title];
  return {
    titleVi: vi?.title ?? null,
    shortDescriptionVi: vi?.short ?? null,
    descriptionVi: vi ? buildDescriptionVi(w, vi) : null,
  };
}

export async function seedCatalog(tx: Executor, rnd: Random): Promise<SeededWorkflow[]> {
  const categoryIds = await ensureCategories(tx);
  const count = seedWorkflows.length;
  const unknownVi = Object.keys(seedWorkflowsVi).filter((title) => !seedWorkflows.some((w) => w.title === title));
  if (unknownVi.length > 0) throw new Error(`Vietnamese texts for no demo workflow: ${unknownVi.join(', ')}`);
  const values = seedWorkflows.map((w, i) => {
    const slug = slugify(w.title);
    // Spread over ~120 days, oldest first, at varied times of day.
    const createdAt = daysAgo(120 - (i * 112) / count - rnd.next() * 0.9);
    const expired = EXPIRED_SLUGS.includes(slug);
    if (expired && createdAt >= daysAgo(EXPIRED_AT_DAYS_AGO + 14)) {
      throw new Error(`${slug} is too recent to have been sold and then retired; pick an older one`);
    }
    return {
      slug,
      title: w.title,
      shortDescription: w.short,
      description: buildDescription(w),
      ...vietnameseOf(w),
      price: priceString(w.price),
      status: expired ? ('expired' as const) : ('active' as const),
      features: w.features,
      definition: buildWorkflowDefinition(w, slug),
      metadata: buildMetadata(w),
      createdAt,
      updatedAt: expired ? daysAgo(EXPIRED_AT_DAYS_AGO) : createdAt,
    };
  });
  const missing = EXPIRED_SLUGS.filter((s) => !values.some((v) => v.slug === s));
  if (missing.length > 0) throw new Error(`Expired demo slugs not in the catalogue: ${missing.join(', ')}`);

  const inserted = await tx.insert(workflows).values(values).returning({
    id: workflows.id,
    slug: workflows.slug,
    title: workflows.title,
    price: workflows.price,
    status: workflows.status,
    createdAt: workflows.createdAt,
  });
  const bySlug = new Map(inserted.map((r) => [r.slug, r]));

  const links: { workflowId: string; categoryId: string }[] = [];
  const assets: NewWorkflowAsset[] = [];
  seedWorkflows.forEach((w, i) => {
    const row = bySlug.get(slugify(w.title));
    if (!row) throw new Error(`Workflow ${w.title} was not inserted`);
    for (const cat of w.cats) {
      const categoryId = categoryIds.get(cat);
      if (!categoryId) throw new Error(`${row.slug}: unknown category ${cat}`);
      links.push({ workflowId: row.id, categoryId });
    }
    const base = { workflowId: row.id, createdAt: row.createdAt };
    assets.push({
      ...base,
      kind: 'image',
      storageKey: `/covers/${row.slug}.svg`,
      alt: `Cover illustration for “${w.title}”`,
      sortOrder: 0,
      contentType: 'image/svg+xml',
    });
    if (hasGalleryImage(i)) {
      assets.push({
        ...base,
        kind: 'image',
        storageKey: `/covers/${row.slug}-2.svg`,
        alt: `Node diagram of the “${w.title}” workflow`,
        sortOrder: 1,
        contentType: 'image/svg+xml',
      });
    }
    // The files themselves are written through the storage module after the seed commits (demo-files.ts).
    const facts = values[i]!;
    const keys = demoFileKeys(row.slug);
    assets.push(
      {
        ...base,
        kind: 'file',
        storageKey: keys.file,
        title: 'Setup guide',
        sortOrder: 0,
        contentType: 'text/markdown',
        sizeBytes: byteLength(demoSetupGuide(facts)),
      },
      {
        ...base,
        kind: 'doc',
        storageKey: keys.doc,
        title: 'Workflow notes',
        sortOrder: 1,
        contentType: 'text/markdown',
        sizeBytes: byteLength(demoWorkflowNotes(facts)),
      },
    );
  });
  await tx.insert(workflowCategories).values(links);
  await tx.insert(workflowAssets).values(assets);
  await seedReleases(
    tx,
    values.map((v) => {
      const row = bySlug.get(v.slug)!;
      return { id: row.id, createdAt: row.createdAt, definition: v.definition };
    }),
  );
  return inserted;
}

/**
 * Counts each workflow's ACTIVE purchases as its sales: what the shop shows as sold is what was sold
 * (approving a purchase adds one from then on, db/queries/purchases/approve-purchase.ts).
 */
export async function addActiveSales(tx: Executor): Promise<void> {
  await tx.execute(sql`
    update workflows w set sales_count = s.n
    from (select workflow_id, count(*)::int as n from purchases where status = 'ACTIVE' group by workflow_id) s
    where s.workflow_id = w.id`);
}
