import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ContactForm } from '@/components/contact/contact-form';
import { ClientMessages } from '@/components/i18n/client-messages';
import { localeOf, pageLocale, type LocaleParams } from '@/i18n/page-locale';
import { getCurrentUser } from '@/server/auth/guards';
import { shop } from '@/lib/site';

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: 'contact' });
  return { title: t('title'), description: t('description', { shopName: shop().name }) };
}

export default async function ContactPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const user = await getCurrentUser();
  const t = await getTranslations('contact');
  return (
    <section className="mx-auto w-full max-w-2xl px-4 py-10">
      <h1 className="text-2xl font-semibold">{t('heading')}</h1>
      <p className="mt-2 text-muted">{t('intro')}</p>
      <div className="relative mt-6 rounded-2xl border border-line bg-surface p-6 shadow-sm">
        <ClientMessages locale={locale} namespaces={['contact', 'validation']}>
          <ContactForm name={user?.name} email={user?.email} />
        </ClientMessages>
      </div>
    </section>
  );
}
