import type { MetadataRoute } from 'next';
import { appUrl } from '@/lib/site';

export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/account', '/admin', '/checkout', '/api/'] }],
    sitemap: `${appUrl()}/sitemap.xml`,
  };
}
