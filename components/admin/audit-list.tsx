import { Link } from '@/i18n/navigation';
import type { AuditItem } from '@/db/queries/admin/audit';
import { describeAction, entityHref, entityLabel } from '@/lib/admin/audit-text';
import { formatDateTime } from '@/lib/format-date-time';

function actorOf(item: AuditItem): string {
  if (item.actorName) return item.actorName;
  if (item.actorKind === 'bank') return 'Bank transfer match';
  if (item.actorKind === 'system') return 'The shop';
  return 'Someone';
}

/** Audit entries as sentences: "Lan Admin approved purchase USIAB12CD34 — 25 Nov 2026, 08:15". */
export function AuditList({ items, showEntity = true }: { items: AuditItem[]; showEntity?: boolean }) {
  if (items.length === 0) return <p className="text-sm text-muted">Nothing recorded yet.</p>;
  return (
    <ol className="divide-y divide-line">
      {items.map((item) => {
        const href = entityHref(item);
        const label = entityLabel(item);
        const reason =
          item.action === 'purchase.reject' && typeof item.after?.rejectReason === 'string'
            ? item.after.rejectReason
            : null;
        return (
          <li key={item.id} className="py-2 text-sm">
            <span className="font-medium">{actorOf(item)}</span> {describeAction(item)}
            {showEntity ? (
              <>
                {' '}
                {href ? (
                  <Link href={href} className="text-brand-600 underline underline-offset-2">
                    {label}
                  </Link>
                ) : (
                  label
                )}
              </>
            ) : null}
            {reason ? <span className="text-muted"> — “{reason}”</span> : null}
            <span className="block text-xs text-muted">
              <time dateTime={item.createdAt.toISOString()}>{formatDateTime(item.createdAt)}</time>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
