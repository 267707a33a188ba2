import type { ReactNode } from 'react';
import { PersonalFrame } from '@/components/layout/personal-frame';

/**
 * The shop's pages for a visitor with a session cookie. proxy.ts sends a visitor without one to the
 * anonymous variant of the public pages (app/public-view), served from the static cache.
 */
export default function ShopLayout({ children }: { children: ReactNode }) {
  return <PersonalFrame>{children}</PersonalFrame>;
}
