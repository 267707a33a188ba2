import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { buttonClass } from '@/components/ui/button-class';

export function PageNotFound() {
  const t = useTranslations('shell');
  return (
    <section className="mx-auto flex max-w-xl flex-1 flex-col items-center justify-center px-4 py-24 text-center">
      <p className="text-sm font-semibold text-brand-600">404</p>
      <h1 className="mt-2 text-3xl font-semibold">{t('notFoundTitle')}</h1>
      <p className="mt-3 text-muted">{t('notFoundText')}</p>
      <div className="mt-6 flex gap-3">
        <Link href="/" className={buttonClass('primary')}>
          {t('goHome')}
        </Link>
        <Link href="/workflows" className={buttonClass('secondary')}>
          {t('browseWorkflows')}
        </Link>
      </div>
    </section>
  );
}
