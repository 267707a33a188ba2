import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeOf, pageLocale, type LocaleParams } from '@/i18n/page-locale';
import { AnnouncementForm } from '@/components/notifications/announcement-form';
import { requireAdmin } from '@/server/auth/guards';

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: 'admin' });
  return { title: t('announcements.title') };
}
export default async function AnnouncementsPage({ params }: { params: LocaleParams }) {
  await pageLocale(params);
  await requireAdmin();
  const t = await getTranslations('admin');
  return (
    <section className="max-w-2xl">
      <h1 className="text-2xl font-semibold">{t('announcements.title')}</h1>
      <p className="mt-2 text-sm text-muted">{t('announcements.intro')}</p>
      <div className="mt-6 rounded-2xl border border-line bg-surface p-6 shadow-sm">
        <AnnouncementForm />
      </div>
    </section>
  );
}
