import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { LoginForm } from '@/components/auth/login-form';
import { localeOf, pageLocale, type LocaleParams } from '@/i18n/page-locale';
import { getCurrentUser } from '@/server/auth/guards';
import { safeCallbackUrl } from '@/lib/auth/redirects';

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: 'auth' });
  return { title: t('signInTitle'), robots: { index: false } };
}

export default async function LoginPage({
  params,
  searchParams,
}: {
  params: LocaleParams;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await pageLocale(params);
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const t = await getTranslations('auth');
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold">{t('signInTitle')}</h1>
      <LoginForm callbackUrl={callbackUrl} />
    </>
  );
}
