import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { AdminNav } from '@/components/admin/admin-nav';
import { requireAdmin } from '@/server/auth/guards';

export const metadata: Metadata = {
  title: { default: 'Admin', template: '%s · Admin' },
  robots: { index: false, follow: false },
};

export default async function AdminLayout({ children }: { children: ReactNode }) {
  // Checked here for the whole area and again in every admin page, action, route handler and query.
  await requireAdmin();
  return (
    <div className="mx-auto w-full max-w-7xl px-4 py-6">
      <AdminNav />
      <div className="pt-6">{children}</div>
    </div>
  );
}
