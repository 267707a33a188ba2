import type { ReactNode } from 'react';
import { VisitorFrame } from '@/components/layout/site-frame';

/**
 * The anonymous variant of the shop's public pages (lib/http/page-variants.ts): proxy.ts rewrites a
 * request without a session cookie here. Nothing below reads the session, a cookie, a header or the
 * query, so each page is generated once per normalised URL state (its `[state]` segment), kept in the
 * cache and served as static HTML until one of its tags is expired by a write (lib/cache-tags.ts).
 */
export default function VisitorLayout({ children }: { children: ReactNode }) {
  return <VisitorFrame>{children}</VisitorFrame>;
}
