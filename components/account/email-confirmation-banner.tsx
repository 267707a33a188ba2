import { getTranslations } from 'next-intl/server';
import { ResendConfirmationForm } from './resend-confirmation-form';

/** Shown on the account pages until the account's address is confirmed (the account works meanwhile). */
export async function EmailConfirmationBanner({ email }: { email: string }) {
  const t = await getTranslations('account');
  return (
    <section
      aria-label={t('confirmBanner.label')}
      className="no-print mb-6 space-y-3 rounded-xl border border-amber-200 bg-amber-50 p-4 text-sm"
    >
      <p>
        <strong>{t('confirmBanner.title')}</strong> {t('confirmBanner.body', { email })}
      </p>
      <ResendConfirmationForm label={t('confirmBanner.resend')} pendingLabel={t('confirmBanner.sending')} />
    </section>
  );
}
