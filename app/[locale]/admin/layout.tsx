import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { PageNotFound } from '@/components/layout/page-not-found';
import { PersonalFrame } from '@/components/layout/personal-frame';
import { AdminNav } from '@/components/admin/admin-nav';
import { PendingPurchasesBadge } from '@/components/admin/pending-badge';
import { ClientMessages } from '@/components/i18n/client-messages';
import { countPendingPurchases } from '@/db/queries/order-alerts';
import { localeOf, pageLocale, type LocaleParams } from '@/i18n/page-locale';
import { currentAdmin } from '@/server/auth/guards';
import { respondNotFound } from '@/server/http-status';

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: 'admin' });
  return {
    title: { default: t('meta.admin'), template: t('meta.template', { title: '%s' }) },
    robots: { index: false, follow: false },
  };
}

export default async function AdminLayout({ children, params }: { children: ReactNode; params: LocaleParams }) {
  const locale = await pageLocale(params);
  // Checked here for the whole area and again in every admin page, action, route handler and query.
  if (!(await currentAdmin())) {
    // The 404 page rendered here, not thrown: a thrown notFound() leaves the HTML empty
    // (server/http-status.ts). Each page below refuses on its own (requireAdmin) and is not shown.
    respondNotFound();
    return (
      <PersonalFrame>
        <PageNotFound />
      </PersonalFrame>
    );
  }
  return (
    <PersonalFrame>
      <div className="mx-auto w-full max-w-7xl px-4 py-6">
        <div className="mb-2 flex justify-end">
          <PendingPurchasesBadge count={await countPendingPurchases()} />
        </div>
        <AdminNav />
        {/* The admin forms (client components) read their words from the `admin` namespace. */}
        <ClientMessages locale={locale} namespaces={['admin', 'validation']}>
          <div className="pt-6">{children}</div>
        </ClientMessages>
      </div>
    </PersonalFrame>
  );
}
