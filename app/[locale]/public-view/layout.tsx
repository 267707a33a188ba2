import type { ReactNode } from 'react';
import { VisitorFrame } from '@/components/layout/site-frame';
import { pageLocale, type LocaleParams } from '@/i18n/page-locale';

/**
 * The anonymous variant of the shop's public pages (lib/http/page-variants.ts): proxy.ts rewrites a
 * request without a session cookie here, under the language's segment (/en/public-view/…,
 * /vi/public-view/…). Nothing below reads the session, a cookie, a header or the query, so each page is
 * generated once per language and normalised URL state (its `[state]` segment), kept in the cache and
 * served as static HTML until one of its tags is expired by a write (lib/cache-tags.ts).
 */
export default async function VisitorLayout({ children, params }: { children: ReactNode; params: LocaleParams }) {
  await pageLocale(params);
  return <VisitorFrame>{children}</VisitorFrame>;
}
