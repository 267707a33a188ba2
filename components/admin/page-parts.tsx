import Link from 'next/link';
import type { ReactNode } from 'react';
import { AuditList } from '@/components/admin/audit-list';
import type { AuditItem } from '@/db/queries/admin/audit';

/** "← All workflows" above a detail page's heading. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p className="text-sm">
      <Link href={href} className="text-brand-600 hover:underline">
        ← {children}
      </Link>
    </p>
  );
}

/** The audit entries of the entity a page shows. */
export function HistorySection({ items }: { items: AuditItem[] }) {
  return (
    <section aria-labelledby="history-heading" className="mt-8 rounded-xl border border-line bg-surface p-4">
      <h2 id="history-heading" className="font-semibold">
        History
      </h2>
      <AuditList items={items} showEntity={false} />
    </section>
  );
}
