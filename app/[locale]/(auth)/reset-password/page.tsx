import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeOf, pageLocale, type LocaleParams } from '@/i18n/page-locale';
import { ResetPasswordForm } from '@/components/auth/reset-password-form';
import { isResetTokenUsable } from '@/db/queries/password-reset';

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: 'auth' });
  return {
    title: t('resetTitle'),
    robots: { index: false },
    // The token is in the URL. No page-level referrer policy here: the global one (next.config.mjs) sends
    // other sites the origin only, and a `no-referrer` page would post its form with `Origin: null`, which
    // Next's server-action check refuses (a bare 500 without JavaScript).
  };
}

export default async function ResetPasswordPage({
  params,
  searchParams,
}: {
  params: LocaleParams;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await pageLocale(params);
  const raw = (await searchParams).token;
  const token = typeof raw === 'string' && raw.length <= 200 ? raw : '';
  const usable = token !== '' && (await isResetTokenUsable(token));
  const t = await getTranslations('auth');
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold">{t('resetTitle')}</h1>
      <ResetPasswordForm token={token} usable={usable} />
    </>
  );
}
