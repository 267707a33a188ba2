import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { db, queryRows } from '@/db';
import { categories, workflows, type Category } from '@/db/schema';
import type { CompatGroup } from '@/lib/workflows/platforms';
import { e, w } from './typed-sql';

export type CategorySummary = Pick<Category, 'id' | 'slug' | 'name' | 'nameVi' | 'description' | 'descriptionVi'>;

export async function getCategoryBySlug(slug: string): Promise<CategorySummary | null> {
  const [row] = await db
    .select({
      id: categories.id,
      slug: categories.slug,
      name: categories.name,
      nameVi: categories.nameVi,
      description: categories.description,
      descriptionVi: categories.descriptionVi,
    })
    .from(categories)
    .where(eq(categories.slug, slug));
  return row ?? null;
}

export type AppOption = { name: string; count: number };

/**
 * The apps active workflows use, most used first: the options of the "Apps" filter. It reads every
 * workflow's metadata, so pages cache it (it changes only when the catalogue does).
 */
export async function listAppOptions(limit = 40): Promise<AppOption[]> {
  return queryRows<AppOption>(
    db,
    sql`select app as name, count(*)::int as count
      from ${w.$table} cross join lateral jsonb_array_elements_text(
        case when jsonb_typeof(${w.metadata}->'apps') = 'array' then ${w.metadata}->'apps' else '[]'::jsonb end) app
      where ${w.status} = 'active' group by app order by count(*) desc, app limit ${limit}`,
  );
}

/**
 * Every active workflow grouped by platform, lowest n8n version and community nodes: the "Runs on" facets
 * of an unfiltered catalog (compatFacets). It reads every catalog entry, so pages cache it.
 */
export async function listCompatGroups(): Promise<CompatGroup[]> {
  return queryRows<CompatGroup>(
    db,
    sql`select ${e.platform} as platform, ${e.minN8n} as "minN8n", ${e.communityNodes} as community, count(*)::int as count
      from ${e.$table} group by 1, 2, 3`,
  );
}

export type SitemapEntry = { path: string; lastModified: string };

/** Every category and active workflow (newest first), up to the sitemap protocol's 50,000 URLs. */
export async function listSitemapEntries(max = 50_000): Promise<SitemapEntry[]> {
  return queryRows<SitemapEntry>(
    db,
    sql`(select '/categories/' || ${categories.slug} as path, to_json(${categories.createdAt})#>>'{}' as "lastModified"
        from ${categories} order by ${categories.slug})
      union all
      (select '/workflows/' || ${workflows.slug}, to_json(${workflows.updatedAt})#>>'{}' from ${workflows}
        where ${workflows.status} = 'active' order by ${workflows.createdAt} desc limit ${max} - (select count(*) from ${categories}))`,
  );
}
