import type { MetadataRoute } from 'next';
import { connection } from 'next/server';
import { appUrl } from '@/lib/site';

/**
 * Only the areas a crawler could reach by following links but should not index. The admin area is not
 * named here (robots.txt is public, so listing it would advertise where it is): its layout says
 * `noindex` and its responses carry `X-Robots-Tag: noindex` instead.
 *
 * Read per request (APP_URL is the runtime's, not the build's): `connection()` keeps it out of the build's prerendering.
 */
export default async function robots(): Promise<MetadataRoute.Robots> {
  await connection();
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/account', '/checkout', '/api/'] }],
    sitemap: `${appUrl()}/sitemap.xml`,
  };
}
