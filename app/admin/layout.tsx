import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { requireAdmin } from '@/lib/auth/guards';

export const metadata: Metadata = { title: 'Admin', robots: { index: false } };

export default async function AdminLayout({ children }: { children: ReactNode }) {
  // Checked here for the whole area and again in every admin page and action.
  await requireAdmin();
  return <div className="mx-auto w-full max-w-7xl px-4 py-8">{children}</div>;
}
