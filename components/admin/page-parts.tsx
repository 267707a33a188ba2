import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { ComponentProps, ReactNode } from 'react';
import { ActionButton } from '@/components/admin/action-button';
import { AuditList } from '@/components/admin/audit-list';
import type { AuditItem } from '@/db/queries/admin/audit';
import { LabelledSection } from '@/components/ui/labelled-section';
import type { Confirmation } from '@/components/ui/confirm-dialog';

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
  const t = useTranslations('admin');
  return (
    <LabelledSection
      id="history-heading"
      title={t('common.history')}
      className="mt-8 rounded-xl border border-line bg-surface p-4"
    >
      <AuditList items={items} showEntity={false} />
    </LabelledSection>
  );
}

/**
 * A button that flips one yes/no field of a row (hide a review, disable an account, resolve a message):
 * it posts `fields` plus `flag` = the opposite of `on`. With `danger`, turning it on is the red button.
 */
export function ToggleButton({
  action,
  fields,
  flag,
  on,
  turnOn,
  turnOff,
  danger = false,
  confirmOn,
}: {
  action: ComponentProps<typeof ActionButton>['action'];
  fields: Record<string, string>;
  flag: string;
  on: boolean;
  turnOn: string;
  turnOff: string;
  danger?: boolean;
  /** Asked before turning it on (disabling an account); the action's schema wants `confirmed=yes` then. */
  confirmOn?: Confirmation;
}) {
  const t = useTranslations('admin');
  return (
    <ActionButton
      action={action}
      fields={{ ...fields, [flag]: on ? 'false' : 'true' }}
      variant={danger && !on ? 'danger' : 'secondary'}
      pendingLabel={t('common.saving')}
      confirm={on ? undefined : confirmOn}
    >
      {on ? turnOff : turnOn}
    </ActionButton>
  );
}
