import 'server-only';
import { sql } from 'drizzle-orm';
import type { Category, Workflow, WorkflowAsset } from '@/db/schema';
import { a, c, e, rendered, selectList, w, wc, type Selection } from './typed-sql';
import { isWorkflowPlatform, type WorkflowPlatform } from '@/lib/workflows/platforms';

/**
 * The workflow columns a card reads, under their own names, for an inner `select … from workflows w …
 * limit n`: the page it makes is read through the alias `w` again (cardColumns).
 */
export const pageColumns = rendered(
  sql.join(
    [
      w.id,
      w.slug,
      w.title,
      w.titleVi,
      w.shortDescription,
      w.shortDescriptionVi,
      w.price,
      w.ratingAvg,
      w.reviewCount,
      w.salesCount,
      w.createdAt,
      w.metadata,
    ],
    sql`, `,
  ),
);

type CardCategory = Pick<Category, 'slug' | 'name' | 'nameVi'>;

/**
 * What a catalog card shows: no description body, no workflow JSON. Both languages' texts (issue 14): the
 * page picks the reader's with lib/workflows/localized.ts.
 */
export type WorkflowCard = Pick<
  Workflow,
  | 'id'
  | 'slug'
  | 'title'
  | 'titleVi'
  | 'shortDescription'
  | 'shortDescriptionVi'
  | 'price'
  | 'reviewCount'
  | 'salesCount'
> & {
  ratingAvg: number;
  createdAt: string;
  apps: string[];
  /** metadata.platform, n8n when absent (as catalog_entries reads it). */
  platform: WorkflowPlatform;
  /** From its catalog entry (null, false for a retired workflow): the lowest n8n version, community nodes. */
  minN8n: number | null;
  communityNodes: boolean;
  categories: CardCategory[];
  cover: WorkflowAsset['storageKey'] | null;
};

/**
 * A card row as a json_agg of cardColumns returns it: exact decimals as text, the timestamp as JSON's ISO
 * text, metadata.apps as stored.
 */
type CardRow = Omit<WorkflowCard, 'ratingAvg' | 'createdAt' | 'apps' | 'platform' | 'categories' | 'cover'> &
  Pick<Workflow, 'ratingAvg'> & {
    createdAt: string;
    apps: unknown;
    platform: string;
    categories: CardCategory[] | null;
    cover: WorkflowAsset['storageKey'] | null;
  };

/**
 * A card's select list over such a page `w`: exact decimals as text, the categories and the cover
 * aggregated in (correlated, so computed for the page's rows only).
 */
export const cardColumns = rendered(
  selectList({
    id: w.id,
    slug: w.slug,
    title: w.title,
    titleVi: w.titleVi,
    shortDescription: w.shortDescription,
    shortDescriptionVi: w.shortDescriptionVi,
    price: sql`${w.price}::text`,
    ratingAvg: sql`${w.ratingAvg}::text`,
    reviewCount: w.reviewCount,
    salesCount: w.salesCount,
    createdAt: w.createdAt,
    apps: sql`${w.metadata}->'apps'`,
    platform: sql`coalesce(nullif(${w.metadata}->>'platform', ''), 'n8n')`,
    minN8n: sql`(select ${e.minN8n} from ${e.$table} where ${e.workflowId} = ${w.id})`,
    communityNodes: sql`coalesce((select ${e.communityNodes} from ${e.$table} where ${e.workflowId} = ${w.id}), false)`,
    categories: sql`(select coalesce(json_agg(json_build_object('slug', ${c.slug}, 'name', ${c.name}, 'nameVi', ${c.nameVi}) order by ${c.name}), '[]'::json)
     from ${wc.$table} join ${c.$table} on ${c.id} = ${wc.categoryId} where ${wc.workflowId} = ${w.id})`,
    cover: sql`(select ${a.storageKey} from ${a.$table} where ${a.workflowId} = ${w.id} and ${a.kind} = 'image'
     order by ${a.sortOrder} limit 1)`,
  } satisfies Record<keyof CardRow, Selection[string]>),
);

/** json / json_agg columns: PGlite and postgres.js parse them, but a text cast arrives as a string. */
export function parseJson<T>(value: unknown, fallback: T): T {
  if (value === null || value === undefined) return fallback;
  if (typeof value === 'string') return JSON.parse(value) as T;
  return value as T;
}

/** A json_agg of card rows → cards. */
export function toCards(value: unknown): WorkflowCard[] {
  return parseJson<CardRow[]>(value, []).map(toCard);
}

function toCard(r: CardRow): WorkflowCard {
  const apps = parseJson<unknown>(r.apps, []);
  return {
    id: r.id,
    slug: r.slug,
    title: r.title,
    titleVi: r.titleVi,
    shortDescription: r.shortDescription,
    shortDescriptionVi: r.shortDescriptionVi,
    price: r.price,
    ratingAvg: Number(r.ratingAvg),
    reviewCount: Number(r.reviewCount),
    salesCount: Number(r.salesCount),
    createdAt: String(r.createdAt),
    apps: Array.isArray(apps) ? apps.filter((app): app is string => typeof app === 'string') : [],
    platform: isWorkflowPlatform(r.platform) ? r.platform : 'n8n',
    minN8n: r.minN8n === null ? null : Number(r.minN8n),
    communityNodes: r.communityNodes === true,
    categories: r.categories ?? [],
    cover: r.cover,
  };
}
