import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ForgotPasswordForm } from '@/components/auth/forgot-password-form';
import { localeOf, pageLocale, type LocaleParams } from '@/i18n/page-locale';

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: 'auth' });
  return { title: t('forgotTitle'), robots: { index: false } };
}

export default async function ForgotPasswordPage({ params }: { params: LocaleParams }) {
  await pageLocale(params);
  const t = await getTranslations('auth');
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">{t('forgotTitle')}</h1>
      <p className="mb-6 text-sm text-muted">{t('forgotIntro')}</p>
      <ForgotPasswordForm />
    </>
  );
}
