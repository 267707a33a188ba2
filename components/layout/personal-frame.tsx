import type { ReactNode } from 'react';
import { getSiteHeaderState } from '@/server/site-header';
import { shop } from '@/lib/site';
import { SiteFrame } from './site-frame';
import { AccountLinks, SiteHeader } from './site-header';
import { HeaderNotifications } from './header-notifications';

/**
 * The personal variant's frame. It reads nothing itself: the header's personal part (<AccountArea>) reads
 * the session, so the frame and the page around it do not wait for it (docs/CACHE-COMPONENTS.md: with
 * Cache Components it becomes a hole of a prerendered shell).
 */
export function PersonalFrame({ children }: { children: ReactNode }) {
  return <SiteFrame header={<SiteHeader shopName={shop().name} account={<AccountArea />} />}>{children}</SiteFrame>;
}

/** The account menu, the bell and the favorites count of the session's user; sign in and register without one. */
export async function AccountArea() {
  const { user, unread, latestNotifications, favoriteCount } = await getSiteHeaderState();
  const bell = user ? <HeaderNotifications unread={unread} latest={latestNotifications} /> : null;
  return <AccountLinks user={user} favoriteCount={favoriteCount} bell={bell} />;
}
