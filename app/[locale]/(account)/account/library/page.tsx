import type { Metadata } from 'next';
import { Link } from '@/i18n/navigation';
import { LibraryGrid } from '@/components/account/library/library-grid';
import { listLibrary } from '@/db/queries/purchases';
import { requireUser } from '@/server/auth/guards';

export const metadata: Metadata = { title: 'Your library' };

export default async function LibraryPage() {
  const user = await requireUser('/account/library');
  const items = await listLibrary(user.id);
  return (
    <>
      <h1 className="text-2xl font-semibold">Your library</h1>
      <p className="mt-1 text-sm text-muted">Every workflow you have paid for, with its files and documentation.</p>
      <div className="mt-6">
        {items.length === 0 ? (
          <p className="text-muted">
            Your library is empty.{' '}
            <Link href="/workflows" className="font-medium text-brand-600 hover:underline">
              Find a workflow
            </Link>
            .
          </p>
        ) : (
          <LibraryGrid items={items} />
        )}
      </div>
    </>
  );
}
