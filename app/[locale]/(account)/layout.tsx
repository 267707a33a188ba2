import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { PersonalFrame } from '@/components/layout/personal-frame';
import { AccountNav } from '@/components/account/account-nav';
import { EmailConfirmationBanner } from '@/components/account/email-confirmation-banner';
import { getEmailStatus } from '@/db/queries/email-confirmation';
import { getCurrentUser } from '@/server/auth/guards';

export const metadata: Metadata = { robots: { index: false } };

/**
 * The signed-in area: every page under it checks the user itself (a layout check protects nothing).
 * The layout reads nothing itself: <PendingConfirmationBanner> reads the session (docs/CACHE-COMPONENTS.md).
 */
export default function AccountLayout({ children }: { children: ReactNode }) {
  return (
    <PersonalFrame>
      <div className="mx-auto flex w-full max-w-6xl flex-col gap-6 px-4 py-8 md:flex-row print:max-w-none print:p-0">
        <AccountNav />
        <div className="min-w-0 flex-1">
          <PendingConfirmationBanner />
          {children}
        </div>
      </div>
    </PersonalFrame>
  );
}

/** The banner while the signed-in account's address still waits for its confirmation; nothing otherwise. */
async function PendingConfirmationBanner() {
  const user = await getCurrentUser();
  const emailStatus = user ? await getEmailStatus(user.id) : null;
  return emailStatus && !emailStatus.verified ? <EmailConfirmationBanner email={emailStatus.email} /> : null;
}
