import type { ReactNode } from 'react';
import { getSiteHeaderState } from '@/server/site-header';
import { shop } from '@/lib/site';
import { SiteFrame } from './site-frame';
import { SiteHeader } from './site-header';
import { HeaderNotifications } from './header-notifications';

/** The personal variant's frame: the header reads the session (account menu, bell, favorites count). */
export async function PersonalFrame({ children }: { children: ReactNode }) {
  const { user, unread, latestNotifications, favoriteCount } = await getSiteHeaderState();
  const bell = user ? <HeaderNotifications unread={unread} latest={latestNotifications} /> : null;
  return (
    <SiteFrame header={<SiteHeader shopName={shop().name} user={user} favoriteCount={favoriteCount} bell={bell} />}>
      {children}
    </SiteFrame>
  );
}
