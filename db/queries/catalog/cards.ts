import 'server-only';

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
