import { unstable_cache } from 'next/cache';
import { listAppOptions } from '@/db/queries/catalog/categories';

/** The "Apps" filter options read every workflow's metadata: cached for a few minutes per server. */
export const cachedAppOptions = unstable_cache(() => listAppOptions(), ['catalog-app-options'], {
  revalidate: 300,
  tags: ['catalog'],
});
