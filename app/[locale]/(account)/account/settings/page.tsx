import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { localeOf, pageLocale, type LocaleParams } from '@/i18n/page-locale';
import { notFound } from 'next/navigation';
import { AvatarForm } from '@/components/settings/avatar-form';
import { DeleteAccountForm } from '@/components/settings/delete-account-form';
import { EmailForm } from '@/components/settings/email-form';
import { InvoiceDetailsForm } from '@/components/settings/invoice-details-form';
import { OrderAlertsForm } from '@/components/settings/order-alerts-form';
import { PasswordForm } from '@/components/settings/password-form';
import { ProfileForm } from '@/components/settings/profile-form';
import { SettingsSection } from '@/components/settings/settings-section';
import { SignOutEverywhereForm } from '@/components/settings/sign-out-everywhere-form';
import { getEmailStatus } from '@/db/queries/email-confirmation';
import { getAccountSettings } from '@/db/queries/settings';
import { getOrderAlerts } from '@/db/queries/admin/order-alerts';
import { requireUser } from '@/server/auth/guards';

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: 'settings' });
  return { title: t('title'), robots: { index: false } };
}

export default async function SettingsPage({
  params,
  searchParams,
}: {
  params: LocaleParams;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const locale = await pageLocale(params);
  const t = await getTranslations('settings');
  const user = await requireUser('/account/settings');
  const { updated } = await searchParams;
  const account = await getAccountSettings(user.id);
  if (!account) notFound();
  const emailStatus = await getEmailStatus(user.id);
  const orderAlerts = user.role === 'ADMIN' ? await getOrderAlerts(user.id) : null;
  return (
    <ClientMessages locale={locale} namespaces={['settings', 'validation']}>
      <div className="mx-auto w-full max-w-3xl space-y-6 px-4 py-10">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <SettingsSection id="profile" title={t('profile.title')} description={t('profile.description')}>
          <ProfileForm name={account.name} />
        </SettingsSection>
        <SettingsSection id="avatar" title={t('avatar.title')}>
          <AvatarForm avatarUrl={account.avatarUrl} name={account.name} />
        </SettingsSection>
        <SettingsSection
          id="email"
          title={t('email.title')}
          description={t('email.description', { email: account.email })}
        >
          {emailStatus?.pendingEmail ? (
            <p className="mb-4 rounded-lg bg-amber-50 px-3 py-2 text-sm">
              {t.rich('email.pending', {
                pending: emailStatus.pendingEmail,
                email: account.email,
                strong: (chunks) => <strong>{chunks}</strong>,
              })}
            </p>
          ) : null}
          <EmailForm email={account.email} />
        </SettingsSection>
        <SettingsSection id="invoice-details" title={t('invoice.title')} description={t('invoice.description')}>
          <InvoiceDetailsForm details={account.billing} />
        </SettingsSection>
        <SettingsSection id="password" title={t('password.title')} description={t('password.description')}>
          <PasswordForm changed={updated === 'password'} />
        </SettingsSection>
        {orderAlerts ? (
          <SettingsSection id="order-alerts" title={t('orderAlerts.title')} description={t('orderAlerts.description')}>
            <OrderAlertsForm orderAlerts={orderAlerts} />
          </SettingsSection>
        ) : null}
        <SettingsSection id="sessions" title={t('sessions.title')} description={t('sessions.description')}>
          <SignOutEverywhereForm />
        </SettingsSection>
        <SettingsSection id="delete" title={t('delete.title')} description={t('delete.description')}>
          <DeleteAccountForm />
        </SettingsSection>
      </div>
    </ClientMessages>
  );
}
