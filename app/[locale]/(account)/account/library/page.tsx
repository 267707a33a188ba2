import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { localeOf, pageLocale, type LocaleParams } from '@/i18n/page-locale';
import { LibraryGrid } from '@/components/account/library/library-grid';
import { listLibrary } from '@/db/queries/purchases';
import { requireUser } from '@/server/auth/guards';

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: 'account' });
  return { title: t('library.title') };
}

export default async function LibraryPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const user = await requireUser('/account/library');
  const [items, t] = await Promise.all([listLibrary(user.id), getTranslations('account')]);
  return (
    <>
      <h1 className="text-2xl font-semibold">{t('library.title')}</h1>
      <p className="mt-1 text-sm text-muted">{t('library.intro')}</p>
      <div className="mt-6">
        {items.length === 0 ? (
          <p className="text-muted">
            {t('library.empty')}{' '}
            <Link href="/workflows" className="font-medium text-brand-600 hover:underline">
              {t('library.find')}
            </Link>
            .
          </p>
        ) : (
          <LibraryGrid items={items} locale={locale} />
        )}
      </div>
    </>
  );
}
