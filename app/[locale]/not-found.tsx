import { PageNotFound } from '@/components/layout/page-not-found';
import { SiteFrame } from '@/components/layout/site-frame';
import { SiteHeader } from '@/components/layout/site-header';
import { shop } from '@/lib/site';

/**
 * An unknown URL. Next renders this boundary into every page's tree, the cached anonymous variant's
 * too, so it reads no session: its header has no account links (neither "Sign in" nor the account menu).
 */
export default function NotFound() {
  return (
    <SiteFrame header={<SiteHeader shopName={shop().name} account={null} />}>
      <PageNotFound />
    </SiteFrame>
  );
}
