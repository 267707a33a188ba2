import type { ReactNode } from 'react';
import { shop } from '@/lib/site';
import { AccountLinks, SiteHeader } from './site-header';

/** The header and the main landmark around a page; the root layout adds the skip link and the footer. */
export function SiteFrame({ header, children }: { header: ReactNode; children: ReactNode }) {
  return (
    <>
      {header}
      <main id="main" className="flex flex-1 flex-col">
        {children}
      </main>
    </>
  );
}

/** The anonymous variant's frame: the same header for a visitor without a session, read from nothing. */
export function VisitorFrame({ children }: { children: ReactNode }) {
  return (
    <SiteFrame header={<SiteHeader shopName={shop().name} account={<AccountLinks user={null} />} />}>
      {children}
    </SiteFrame>
  );
}
