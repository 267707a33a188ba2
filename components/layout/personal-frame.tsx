import type { ReactNode } from 'react';
import { getSiteHeaderState } from '@/server/site-header';
import { shop } from '@/lib/site';
import { SiteFrame } from './site-frame';
import { SiteHeader } from './site-header';

/** The personal variant's frame: the header reads the session (account menu, bell, favorites count). */
export async function PersonalFrame({ children }: { children: ReactNode }) {
  const state = await getSiteHeaderState();
  return <SiteFrame header={<SiteHeader shopName={shop().name} {...state} />}>{children}</SiteFrame>;
}
