import type { MetadataRoute } from 'next';
import { appUrl } from '@/lib/site';

export const dynamic = 'force-dynamic';

/**
 * Only the areas a crawler could reach by following links but should not index. The admin area is not
 * named here (robots.txt is public, so listing it would advertise where it is): its layout says
 * `noindex` and its responses carry `X-Robots-Tag: noindex` instead.
 */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/account', '/checkout', '/api/'] }],
    sitemap: `${appUrl()}/sitemap.xml`,
  };
}
