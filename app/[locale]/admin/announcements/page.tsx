import type { Metadata } from 'next';
import { AnnouncementForm } from '@/components/notifications/announcement-form';
import { requireAdmin } from '@/server/auth/guards';

export const metadata: Metadata = { title: 'Announcements' };
export const dynamic = 'force-dynamic';

export default async function AnnouncementsPage() {
  await requireAdmin();
  return (
    <section className="max-w-2xl">
      <h1 className="text-2xl font-semibold">Announcements</h1>
      <p className="mt-2 text-sm text-muted">
        Send a notification to one user or to every user. It appears under their Notifications at once.
      </p>
      <div className="mt-6 rounded-2xl border border-line bg-surface p-6 shadow-sm">
        <AnnouncementForm />
      </div>
    </section>
  );
}
