import type { Metadata } from 'next';
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

export const metadata: Metadata = { title: 'Settings', robots: { index: false } };

export default async function SettingsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser('/account/settings');
  const { updated } = await searchParams;
  const account = await getAccountSettings(user.id);
  if (!account) notFound();
  const emailStatus = await getEmailStatus(user.id);
  const orderAlerts = user.role === 'ADMIN' ? await getOrderAlerts(user.id) : null;
  return (
    <div className="mx-auto w-full max-w-3xl space-y-6 px-4 py-10">
      <h1 className="text-2xl font-semibold">Settings</h1>
      <SettingsSection id="profile" title="Profile" description="Your name is shown in the header and on your reviews.">
        <ProfileForm name={account.name} />
      </SettingsSection>
      <SettingsSection id="avatar" title="Avatar">
        <AvatarForm avatarUrl={account.avatarUrl} name={account.name} />
      </SettingsSection>
      <SettingsSection
        id="email"
        title="Email"
        description={`You sign in with ${account.email}. Changing it needs your password and a link we send to the new address.`}
      >
        {emailStatus?.pendingEmail ? (
          <p className="mb-4 rounded-lg bg-amber-50 px-3 py-2 text-sm">
            Waiting for confirmation: <strong>{emailStatus.pendingEmail}</strong>. Open the link we sent there to make
            it your sign-in email; until then you sign in with {account.email}.
          </p>
        ) : null}
        <EmailForm email={account.email} />
      </SettingsSection>
      <SettingsSection
        id="invoice-details"
        title="Invoice details"
        description="Buying for a company? Its name, address and tax code are printed on your invoices from now on; invoices already issued keep the details they were issued with."
      >
        <InvoiceDetailsForm details={account.billing} />
      </SettingsSection>
      <SettingsSection
        id="password"
        title="Password"
        description="Changing your password signs you out on every other device."
      >
        <PasswordForm changed={updated === 'password'} />
      </SettingsSection>
      {orderAlerts ? (
        <SettingsSection
          id="order-alerts"
          title="Order alerts"
          description="When a purchase waits for your approval you always get a notification here in the shop. Choose whether we email you too."
        >
          <OrderAlertsForm orderAlerts={orderAlerts} />
        </SettingsSection>
      ) : null}
      <SettingsSection
        id="sessions"
        title="Sessions"
        description="A sign-in lasts 30 days, or ends after 7 days without a visit. Lost a device, or signed in somewhere you should not have? End every session, this one included; you then sign in again here."
      >
        <SignOutEverywhereForm />
      </SettingsSection>
      <SettingsSection
        id="delete"
        title="Delete account"
        description="Your name, email, avatar, favourites and notifications are removed. Purchases and invoices are kept anonymously for the shop’s books."
      >
        <DeleteAccountForm />
      </SettingsSection>
    </div>
  );
}
