import 'server-only';
import { inArray } from 'drizzle-orm';
import type { Executor } from '@/db';
import { notifications, purchases, users } from '@/db/schema';
import { mailLocale, type MailLocale } from '@/lib/mail/email-text';
import { env } from '@/lib/env';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids come from URLs: anything that is not a uuid cannot name a row (and would be a SQL error). */
export function isUuid(value: string): boolean {
  return UUID_RE.test(value);
}

export function paymentTtlHours(): number {
  return env().PAYMENT_TTL_HOURS;
}

/** The columns of a purchase that an audit entry records before and after a change. */
export const purchaseSnapshot = {
  id: purchases.id,
  userId: purchases.userId,
  workflowId: purchases.workflowId,
  status: purchases.status,
  amount: purchases.amount,
  transferReference: purchases.transferReference,
  reviewedBy: purchases.reviewedBy,
  reviewedAt: purchases.reviewedAt,
  rejectReason: purchases.rejectReason,
  createdAt: purchases.createdAt,
};

export type PurchaseSnapshot = {
  id: string;
  userId: string;
  workflowId: string;
  status: 'PENDING' | 'ACTIVE' | 'REJECT';
  amount: string;
  transferReference: string;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  rejectReason: string | null;
  createdAt: Date;
};

/** A snapshot as JSON for audit_log.before/after (dates as ISO strings). */
export function snapshotJson(row: PurchaseSnapshot, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    status: row.status,
    amount: row.amount,
    transferReference: row.transferReference,
    userId: row.userId,
    workflowId: row.workflowId,
    reviewedBy: row.reviewedBy,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    rejectReason: row.rejectReason,
    ...extra,
  };
}

/**
 * In-app notifications, each written in its recipient's language (users.locale, read in one query):
 * `text` gives the title and message in a language (lib/mail/email-text.ts noticeText).
 */
export async function notify(
  tx: Executor,
  rows: {
    userId: string;
    type: 'SUCCESS' | 'WARNING' | 'ERROR';
    text: (locale: MailLocale) => { title: string; message: string };
    link: string;
  }[],
): Promise<void> {
  if (rows.length === 0) return;
  const ids = [...new Set(rows.map((r) => r.userId))];
  const locales = new Map(
    (await tx.select({ id: users.id, locale: users.locale }).from(users).where(inArray(users.id, ids))).map((u) => [
      u.id,
      mailLocale(u.locale),
    ]),
  );
  await tx
    .insert(notifications)
    .values(rows.map(({ text, ...row }) => ({ ...row, ...text(locales.get(row.userId) ?? 'en') })));
}
