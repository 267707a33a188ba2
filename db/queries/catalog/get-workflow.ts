import 'server-only';
import { sql } from 'drizzle-orm';
import { db, queryRows } from '@/db';
import type { WorkflowMetadata, WorkflowStatus } from '@/db/schema';
import { analyzeWorkflow, type WorkflowAnalysis } from '@/lib/workflows/analyze';
import { layoutCanvas, type Canvas } from '@/lib/workflows/canvas';
import { parseJson } from './cards';

export type GalleryAsset = { kind: 'image' | 'video'; src: string; alt: string; title: string | null };

/**
 * Everything the public workflow page shows. The workflow JSON itself stays here: only its analysis
 * and the canvas preview (no parameters, no credentials) leave the data layer.
 */
export type WorkflowDetail = {
  id: string;
  slug: string;
  title: string;
  shortDescription: string;
  /** Markdown; render it with lib/markdown (sanitised). */
  description: string;
  price: string;
  status: WorkflowStatus;
  features: string[];
  ratingAvg: number;
  reviewCount: number;
  salesCount: number;
  apps: string[];
  setupMinutes: number | null;
  level: WorkflowMetadata['level'] | null;
  platform: string;
  createdAt: string;
  updatedAt: string;
  categories: { id: string; slug: string; name: string }[];
  gallery: GalleryAsset[];
  analysis: WorkflowAnalysis;
  canvas: Canvas;
};

type Row = {
  id: string;
  slug: string;
  title: string;
  short_description: string;
  description: string;
  price: string;
  status: WorkflowStatus;
  features: string[] | string;
  rating_avg: string;
  review_count: number;
  sales_count: number;
  metadata: unknown;
  definition: unknown;
  created_at: string | Date;
  updated_at: string | Date;
  categories: unknown;
  gallery: unknown;
};

const iso = (v: string | Date) => (v instanceof Date ? v : new Date(v)).toISOString();

/** A workflow by slug, active or expired (its page explains it is no longer for sale); null if none. */
export async function getWorkflowBySlug(slug: string): Promise<WorkflowDetail | null> {
  const [r] = await queryRows<Row>(
    db,
    sql`select w.id, w.slug, w.title, w.short_description, w.description, w.price::text as price, w.status,
        w.features, w.rating_avg::text as rating_avg, w.review_count, w.sales_count, w.metadata, w.definition,
        w.created_at, w.updated_at,
        (select coalesce(json_agg(json_build_object('id', c.id, 'slug', c.slug, 'name', c.name) order by c.name), '[]'::json)
           from workflow_categories wc join categories c on c.id = wc.category_id where wc.workflow_id = w.id) as categories,
        (select coalesce(json_agg(json_build_object('kind', a.kind, 'src', a.storage_key, 'alt', a.alt, 'title', a.title)
           order by a.sort_order, a.created_at), '[]'::json)
           from workflow_assets a where a.workflow_id = w.id and a.kind in ('image', 'video')) as gallery
      from workflows w where w.slug = ${slug}`,
  );
  if (!r) return null;
  const metadata = parseJson<WorkflowMetadata>(r.metadata, {});
  const definition = parseJson<unknown>(r.definition, {});
  const gallery = parseJson<{ kind: 'image' | 'video'; src: string; alt: string | null; title: string | null }[]>(r.gallery, []);
  return {
    id: r.id,
    slug: r.slug,
    title: r.title,
    shortDescription: r.short_description,
    description: r.description,
    price: r.price,
    status: r.status,
    features: Array.isArray(r.features) ? r.features : [],
    ratingAvg: Number(r.rating_avg),
    reviewCount: Number(r.review_count),
    salesCount: Number(r.sales_count),
    apps: Array.isArray(metadata.apps) ? metadata.apps : [],
    setupMinutes: typeof metadata.setupMinutes === 'number' ? metadata.setupMinutes : null,
    level: metadata.level ?? null,
    platform: metadata.platform ?? 'n8n',
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
    categories: parseJson(r.categories, []),
    gallery: gallery.map((g) => ({ ...g, alt: g.alt ?? g.title ?? `${r.title} ${g.kind}` })),
    analysis: analyzeWorkflow(definition),
    canvas: layoutCanvas(definition),
  };
}
