import 'server-only';
import { sql } from 'drizzle-orm';

/** The workflow columns a card needs, for an inner `select … from workflows w … limit n`. */
export const pageColumns = sql`w.id, w.slug, w.title, w.short_description, w.price, w.rating_avg, w.review_count,
  w.sales_count, w.created_at, w.metadata`;

/**
 * A card's select list over such an inner query `w`: exact decimals as text, the categories and the
 * cover aggregated in (correlated, so computed for the page's rows only).
 */
export const cardColumns = sql`w.id, w.slug, w.title, w.short_description, w.price::text as price,
  w.rating_avg::text as rating_avg, w.review_count, w.sales_count, w.created_at, w.metadata->'apps' as apps,
  (select coalesce(json_agg(json_build_object('slug', c.slug, 'name', c.name) order by c.name), '[]'::json)
     from workflow_categories wc join categories c on c.id = wc.category_id where wc.workflow_id = w.id) as categories,
  (select a.storage_key from workflow_assets a where a.workflow_id = w.id and a.kind = 'image'
     order by a.sort_order limit 1) as cover`;

/** What a catalog card shows: no description body, no workflow JSON. */
export type WorkflowCard = {
  id: string;
  slug: string;
  title: string;
  shortDescription: string;
  price: string;
  ratingAvg: number;
  reviewCount: number;
  salesCount: number;
  createdAt: string;
  apps: string[];
  categories: { slug: string; name: string }[];
  cover: string | null;
};

/** A card row as the search's json_agg returns it (snake_case, numbers as text where exact). */
export type CardRow = {
  id: string;
  slug: string;
  title: string;
  short_description: string;
  price: string;
  rating_avg: string;
  review_count: number;
  sales_count: number;
  created_at: string;
  apps: unknown;
  categories: { slug: string; name: string }[] | null;
  cover: string | null;
};

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

export function toCard(r: CardRow): WorkflowCard {
  const apps = parseJson<unknown>(r.apps, []);
  return {
    id: r.id,
    slug: r.slug,
    title: r.title,
    shortDescription: r.short_description,
    price: r.price,
    ratingAvg: Number(r.rating_avg),
    reviewCount: Number(r.review_count),
    salesCount: Number(r.sales_count),
    createdAt: String(r.created_at),
    apps: Array.isArray(apps) ? apps.filter((a): a is string => typeof a === 'string') : [],
    categories: r.categories ?? [],
    cover: r.cover,
  };
}
