import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { AccountNav } from '@/components/account/account-nav';

export const metadata: Metadata = { robots: { index: false } };

/** The signed-in area: every page under it checks the user itself (a layout check protects nothing). */
export default function AccountLayout({ children }: { children: ReactNode }) {
  return (
    <div className="mx-auto flex w-full max-w-6xl flex-col gap-6 px-4 py-8 md:flex-row print:max-w-none print:p-0">
      <AccountNav />
      <div className="min-w-0 flex-1">{children}</div>
    </div>
  );
}
