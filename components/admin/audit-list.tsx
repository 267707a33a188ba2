import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { AuditItem } from '@/db/queries/admin/audit';
import { isLocale } from '@/i18n/routing';
import { describeAction, entityHref, entityLabel } from '@/lib/admin/audit-text';
import { formatDateTime } from '@/lib/format-date-time';

const ACTORS = { bank: 'audit.actorBank', system: 'audit.actorSystem' } as const;

/** The verbs of audit actions (the part after the dot) and the nouns of entity types, as message keys. */
const VERBS: Record<string, string> = {
  approve: 'audit.verb.approve',
  reject: 'audit.verb.reject',
  create: 'audit.verb.create',
  update: 'audit.verb.update',
  delete: 'audit.verb.delete',
  role_change: 'audit.verb.roleChange',
  disable: 'audit.verb.disable',
  enable: 'audit.verb.enable',
  resolve: 'audit.verb.resolve',
  reopen: 'audit.verb.reopen',
  hide: 'audit.verb.hide',
  unhide: 'audit.verb.unhide',
  add_asset: 'audit.verb.addAsset',
  delete_asset: 'audit.verb.deleteAsset',
  reorder_assets: 'audit.verb.reorderAssets',
  publish_release: 'audit.verb.publishRelease',
};
const NOUNS: Record<string, string> = {
  purchase: 'audit.noun.purchase',
  workflow: 'audit.noun.workflow',
  category: 'audit.noun.category',
  search_alias: 'audit.noun.searchAlias',
  user: 'audit.noun.user',
  contact_message: 'audit.noun.message',
  comment: 'audit.noun.review',
};
const SENTENCES: Record<string, string> = {
  'purchase.expire': 'audit.purchaseExpire',
  'purchase.cancel': 'audit.purchaseCancel',
  'workflow.expire': 'audit.workflowExpire',
};

/** Audit entries as sentences: "Lan Admin approved purchase USIAB12CD34 — 25 Nov 2026, 08:15". */
export function AuditList({ items, showEntity = true }: { items: AuditItem[]; showEntity?: boolean }) {
  const t = useTranslations('admin');
  const current = useLocale();
  const locale = isLocale(current) ? current : 'en';
  const actorOf = (item: AuditItem): string => {
    if (item.actorName) return item.actorName;
    if (item.actorKind === 'bank' || item.actorKind === 'system') return t(ACTORS[item.actorKind]);
    return t('audit.actorSomeone');
  };
  const describe = (item: AuditItem): string => {
    const sentence = SENTENCES[item.action];
    if (sentence) return t(sentence);
    const verb = VERBS[item.action.slice(item.action.indexOf('.') + 1)];
    const noun = NOUNS[item.entityType];
    // An action no key names reads as its words (describeAction), in English.
    return verb && noun ? t('audit.sentence', { verb: t(verb), noun: t(noun) }) : describeAction(item);
  };
  if (items.length === 0) return <p className="text-sm text-muted">{t('audit.empty')}</p>;
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
            <span className="font-medium">{actorOf(item)}</span> {describe(item)}
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
              <time dateTime={item.createdAt.toISOString()}>{formatDateTime(item.createdAt, locale)}</time>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
