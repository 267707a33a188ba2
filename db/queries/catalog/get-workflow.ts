import 'server-only';
import { desc, eq, type AnyColumn } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import { db } from '@/db';
import {
  categories,
  workflowReleases,
  type Category,
  type Workflow,
  type WorkflowAsset,
  type WorkflowMetadata,
} from '@/db/schema';
import { diffReleases, type ReleaseDiff } from '@/lib/workflows/diff';
import { analyzeWorkflow, type WorkflowAnalysis } from '@/lib/workflows/analyze';
import { layoutCanvas, type Canvas } from '@/lib/workflows/canvas';

export type GalleryAsset = Pick<WorkflowAsset, 'title'> & {
  kind: 'image' | 'video';
  src: WorkflowAsset['storageKey'];
  alt: string;
};

/**
 * Everything the public workflow page shows. The workflow JSON itself stays here: only its analysis
 * and the canvas preview (no parameters, no credentials) leave the data layer.
 */
export type WorkflowDetail = Pick<
  Workflow,
  | 'id'
  | 'slug'
  | 'title'
  | 'titleVi'
  | 'shortDescription'
  | 'shortDescriptionVi'
  | 'price'
  | 'status'
  | 'features'
  | 'reviewCount'
  | 'salesCount'
> & {
  /** Markdown, English and the optional Vietnamese version; render it with lib/markdown (sanitised). */
  description: Workflow['description'];
  descriptionVi: Workflow['descriptionVi'];
  ratingAvg: number;
  apps: string[];
  setupMinutes: number | null;
  level: WorkflowMetadata['level'] | null;
  platform: string;
  createdAt: string;
  updatedAt: string;
  categories: Pick<Category, 'id' | 'slug' | 'name' | 'nameVi'>[];
  gallery: GalleryAsset[];
  analysis: WorkflowAnalysis;
  canvas: Canvas;
  /** Newest first; the first is the current one. */
  releases: PublicRelease[];
};

/**
 * A release as anybody may see it: its JSON stays here, only the node-level diff from the release
 * before (names, types, credential types; never parameters or credential records) leaves.
 */
export type PublicRelease = {
  version: string;
  publishedAt: string;
  /** Markdown; render it with lib/markdown (sanitised). */
  changelog: string;
  minN8nVersion: string | null;
  /** null for the first release. */
  diff: ReleaseDiff | null;
};

async function publicReleases(workflowId: string): Promise<PublicRelease[]> {
  const rows = await db
    .select({
      version: workflowReleases.version,
      publishedAt: workflowReleases.publishedAt,
      changelog: workflowReleases.changelog,
      minN8nVersion: workflowReleases.minN8nVersion,
      definition: workflowReleases.definition,
    })
    .from(workflowReleases)
    .where(eq(workflowReleases.workflowId, workflowId))
    .orderBy(desc(workflowReleases.major), desc(workflowReleases.minor), desc(workflowReleases.patch));
  return rows.map(({ definition, publishedAt, ...r }, i) => {
    const previous = rows[i + 1];
    return {
      ...r,
      publishedAt: publishedAt.toISOString(),
      diff: previous ? diffReleases(previous.definition, definition) : null,
    };
  });
}

/**
 * The name of category `id`: what a workflow's category links are ordered by. A subquery of its own, as
 * the relational API reads every column of a nested `orderBy` as a column of the relation's table.
 */
const categoryName = (id: AnyColumn) =>
  new QueryBuilder().select({ name: categories.name }).from(categories).where(eq(categories.id, id));

const isGalleryKind = (kind: WorkflowAsset['kind']): kind is GalleryAsset['kind'] =>
  kind === 'image' || kind === 'video';

/** A workflow by slug, active or expired (its page explains it is no longer for sale); null if none. */
export async function getWorkflowBySlug(slug: string): Promise<WorkflowDetail | null> {
  const r = await db.query.workflows.findFirst({
    columns: {
      id: true,
      slug: true,
      title: true,
      titleVi: true,
      shortDescription: true,
      shortDescriptionVi: true,
      description: true,
      descriptionVi: true,
      price: true,
      status: true,
      features: true,
      ratingAvg: true,
      reviewCount: true,
      salesCount: true,
      metadata: true,
      definition: true,
      createdAt: true,
      updatedAt: true,
    },
    where: (workflow, { eq }) => eq(workflow.slug, slug),
    with: {
      categories: {
        columns: {},
        with: { category: { columns: { id: true, slug: true, name: true, nameVi: true } } },
        // By name, as the cards list them (in the database's collation).
        orderBy: (link, { asc }) => [asc(categoryName(link.categoryId))],
      },
      assets: {
        columns: { kind: true, storageKey: true, alt: true, title: true },
        where: (asset, { inArray }) => inArray(asset.kind, ['image', 'video']),
        orderBy: (asset, { asc }) => [asc(asset.sortOrder), asc(asset.createdAt)],
      },
    },
  });
  if (!r) return null;
  const releases = await publicReleases(r.id);
  // A jsonb `null` (the column is NOT NULL, its value may still be JSON null) reads as no metadata.
  const metadata: WorkflowMetadata = r.metadata ?? {};
  return {
    id: r.id,
    slug: r.slug,
    title: r.title,
    titleVi: r.titleVi,
    shortDescription: r.shortDescription,
    shortDescriptionVi: r.shortDescriptionVi,
    description: r.description,
    descriptionVi: r.descriptionVi,
    price: r.price,
    status: r.status,
    features: r.features,
    ratingAvg: Number(r.ratingAvg),
    reviewCount: r.reviewCount,
    salesCount: r.salesCount,
    apps: Array.isArray(metadata.apps) ? metadata.apps : [],
    setupMinutes: typeof metadata.setupMinutes === 'number' ? metadata.setupMinutes : null,
    level: metadata.level ?? null,
    platform: metadata.platform ?? 'n8n',
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    categories: r.categories.map((link) => link.category),
    gallery: r.assets.flatMap(({ kind, storageKey, alt, title }) =>
      isGalleryKind(kind) ? [{ kind, src: storageKey, alt: alt ?? title ?? `${r.title} ${kind}`, title }] : [],
    ),
    analysis: analyzeWorkflow(r.definition),
    canvas: layoutCanvas(r.definition),
    releases,
  };
}
