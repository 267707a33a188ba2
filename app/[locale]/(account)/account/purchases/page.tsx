import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { localeOf, pageLocale, type LocaleParams } from '@/i18n/page-locale';
import { PurchaseList } from '@/components/account/purchases/purchase-list';
import { listMyPurchases } from '@/db/queries/purchases';
import { requireUser } from '@/server/auth/guards';
import { env } from '@/lib/env';

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: 'account' });
  return { title: t('purchases.title') };
}

export default async function PurchasesPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const t = await getTranslations('account');
  const user = await requireUser('/account/purchases');
  const purchases = await listMyPurchases(user.id);
  const config = env();
  return (
    <>
      <h1 className="text-2xl font-semibold">{t('purchases.title')}</h1>
      <div className="mt-6">
        {purchases.length === 0 ? (
          <p className="text-muted">
            {t('purchases.empty')}{' '}
            <Link href="/workflows" className="font-medium text-brand-600 hover:underline">
              {t('purchases.browse')}
            </Link>
            .
          </p>
        ) : (
          <PurchaseList
            purchases={purchases}
            currency={config.SHOP_CURRENCY}
            ttlHours={config.PAYMENT_TTL_HOURS}
            locale={locale}
          />
        )}
      </div>
    </>
  );
}
