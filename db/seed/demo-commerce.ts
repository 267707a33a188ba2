/**
 * The demo shop's books: purchases in every status, an invoice per approved purchase, and the
 * notifications a buyer would have received.
 */
import type { Executor } from '../client';
import { invoices, notifications, purchases, type NewPurchase } from '../schema';
import { BASE_DATE, EXPIRED_AT_DAYS_AGO, EXPIRED_SLUGS, daysAgo, type SeededWorkflow } from './demo-catalog';
import type { Random } from './random';
import { formatInvoiceNumber, invoiceYear } from '../../lib/payments/invoice-number';
import { REFERENCE_ALPHABET, REFERENCE_PREFIX } from '../../lib/payments/reference';
import { takeInvoiceNumbers } from '../queries/purchases/invoice-counter';

export type SeededUser = { id: string; name: string; email: string; createdAt: Date };
export type OwnedPurchase = { userId: string; workflow: SeededWorkflow; reviewedAt: Date };

const HOUR = 3_600_000;
const SELLER = {
  name: 'USITech Marketplace',
  email: 'billing@usitech.local',
  bankName: 'Vietcombank',
  accountNumber: '0000123456789',
};
const REJECT_REASONS = [
  'No transfer with this reference reached our account within 24 hours.',
  'The amount received was lower than the price of the workflow.',
  'The transfer content did not include the payment reference, and we could not match it.',
  'Duplicate order: this workflow was already paid for under another reference.',
];

type Planned = NewPurchase & { workflow: SeededWorkflow; user: SeededUser };

/** A time between `from` and `to` (dates), or null when the window is too short. */
function between(rnd: Random, from: Date, to: Date): Date | null {
  const a = from.getTime() + 6 * HOUR;
  const b = to.getTime() - 6 * HOUR;
  return b > a ? new Date(a + rnd.next() * (b - a)) : null;
}

export async function seedCommerce(
  tx: Executor,
  rnd: Random,
  admin: SeededUser,
  shoppers: SeededUser[],
  catalog: SeededWorkflow[],
) {
  const references = new Set<string>();
  const reference = () => {
    for (;;) {
      const ref = `${REFERENCE_PREFIX}${rnd.string(REFERENCE_ALPHABET, 8)}`;
      if (!references.has(ref)) {
        references.add(ref);
        return ref;
      }
    }
  };
  const active = catalog.filter((w) => w.status === 'active');
  const expiredAt = daysAgo(EXPIRED_AT_DAYS_AGO);
  const plan: Planned[] = [];
  const add = (user: SeededUser, workflow: SeededWorkflow, status: 'ACTIVE' | 'REJECT', notAfter = BASE_DATE) => {
    const createdAt = between(
      rnd,
      new Date(Math.max(user.createdAt.getTime(), workflow.createdAt.getTime())),
      notAfter,
    );
    if (!createdAt) return null;
    // Approved within minutes to hours (never after `notAfter`); rejected after the 24-hour wait.
    const delay = (status === 'ACTIVE' ? rnd.int(8, 18 * 60) : rnd.int(20 * 60, 30 * 60)) * 60_000;
    const reviewedAt = new Date(
      status === 'ACTIVE' ? Math.min(createdAt.getTime() + delay, notAfter.getTime()) : createdAt.getTime() + delay,
    );
    const row: Planned = {
      user,
      workflow,
      userId: user.id,
      workflowId: workflow.id,
      amount: workflow.price,
      status,
      transferReference: reference(),
      reviewedBy: admin.id,
      reviewedAt,
      rejectReason: status === 'REJECT' ? rnd.pick(REJECT_REASONS) : null,
      createdAt,
      updatedAt: reviewedAt,
    };
    plan.push(row);
    return row;
  };

  shoppers.forEach((user, s) => {
    const pool = rnd.shuffle(active);
    const owned = new Set<string>();
    const want = rnd.int(5, 9);
    for (const w of pool) {
      if (owned.size >= want) break;
      if (add(user, w, 'ACTIVE')) owned.add(w.id);
    }
    // Two shoppers bought a template before it was retired: it stays in their library.
    const expiredSlug = s === 0 ? EXPIRED_SLUGS[0] : s === 2 ? EXPIRED_SLUGS[1] : undefined;
    const expired = catalog.find((w) => w.slug === expiredSlug);
    if (expired && add(user, expired, 'ACTIVE', expiredAt)) owned.add(expired.id);
    const others = pool.filter((w) => !owned.has(w.id));
    for (let i = rnd.int(1, 2); i > 0; i--) add(user, others.pop()!, 'REJECT');
    // One shopper paid too little first, then paid again and was approved: REJECT then ACTIVE.
    if (s === 1) {
      const retried = plan.find(
        (p) =>
          p.user === user &&
          p.status === 'ACTIVE' &&
          p.createdAt!.getTime() - 3 * 86_400_000 > Math.max(user.createdAt.getTime(), p.workflow.createdAt.getTime()),
      );
      if (retried) {
        const rejectedAt = new Date(retried.createdAt!.getTime() - 2 * 86_400_000);
        plan.push({
          ...retried,
          status: 'REJECT',
          transferReference: reference(),
          rejectReason: REJECT_REASONS[1]!,
          createdAt: rejectedAt,
          reviewedAt: new Date(rejectedAt.getTime() + 3 * HOUR),
          updatedAt: new Date(rejectedAt.getTime() + 3 * HOUR),
        });
      }
    }
    // Open orders waiting for a transfer; created "now" because the app expires them after 24 hours.
    if (s < 4) {
      const w = others.pop()!;
      const createdAt = new Date(Date.now() - rnd.int(3, 40) * 60_000);
      plan.push({
        user,
        workflow: w,
        userId: user.id,
        workflowId: w.id,
        amount: w.price,
        status: 'PENDING',
        transferReference: reference(),
        createdAt,
        updatedAt: createdAt,
      });
    }
  });

  const inserted = await tx
    .insert(purchases)
    .values(plan.map(({ user: _u, workflow: _w, ...row }) => row))
    .returning({ id: purchases.id, transferReference: purchases.transferReference });
  const idByRef = new Map(inserted.map((r) => [r.transferReference, r.id]));

  // Invoices numbered in the order they were issued.
  const approved = plan
    .filter((p) => p.status === 'ACTIVE')
    .sort((a, b) => a.reviewedAt!.getTime() - b.reviewedAt!.getTime());
  const perYear = new Map<number, number>();
  for (const p of approved) perYear.set(invoiceYear(p.reviewedAt!), (perYear.get(invoiceYear(p.reviewedAt!)) ?? 0) + 1);
  const next = new Map<number, number>();
  for (const [year, count] of perYear) next.set(year, await takeInvoiceNumbers(tx, year, count));
  await tx.insert(invoices).values(
    approved
      .map((p) => {
        const year = invoiceYear(p.reviewedAt!);
        const n = next.get(year)!;
        next.set(year, n + 1);
        return { p, invoiceNumber: formatInvoiceNumber(year, n) };
      })
      .map(({ p, invoiceNumber }) => ({
        purchaseId: idByRef.get(p.transferReference)!,
        invoiceNumber,
        amount: p.amount,
        currency: 'VND',
        buyerDetails: { name: p.user.name, email: p.user.email },
        sellerDetails: SELLER,
        issuedAt: p.reviewedAt!,
      })),
  );

  const recent = daysAgo(7).getTime();
  const notes: (typeof notifications.$inferInsert)[] = plan
    .filter((p) => p.status !== 'PENDING')
    .map((p) => {
      const at = p.reviewedAt!;
      return p.status === 'ACTIVE'
        ? {
            userId: p.userId,
            type: 'SUCCESS',
            title: 'Payment confirmed',
            message: `Your payment for “${p.workflow.title}” was confirmed. Download it from your library.`,
            link: '/account/purchases',
            read: at.getTime() < recent && rnd.chance(0.8),
            createdAt: at,
          }
        : {
            userId: p.userId,
            type: 'ERROR',
            title: 'Payment rejected',
            message: `Your purchase of “${p.workflow.title}” was rejected: ${p.rejectReason}`,
            link: '/account/purchases',
            read: at.getTime() < recent && rnd.chance(0.5),
            createdAt: at,
          };
    });
  const retiredOwner = approved.find((p) => p.workflow.status === 'expired');
  if (retiredOwner) {
    notes.push({
      userId: retiredOwner.userId,
      type: 'WARNING',
      title: 'A workflow you own was retired',
      message: `“${retiredOwner.workflow.title}” is no longer for sale. You keep access to it in your library.`,
      link: '/account/library',
      read: false,
      createdAt: expiredAt,
    });
  }
  await tx.insert(notifications).values(notes);

  const owned: OwnedPurchase[] = approved.map((p) => ({
    userId: p.userId,
    workflow: p.workflow,
    reviewedAt: p.reviewedAt!,
  }));
  const count = (status: string) => plan.filter((p) => p.status === status).length;
  return {
    owned,
    counts: { ACTIVE: count('ACTIVE'), PENDING: count('PENDING'), REJECT: count('REJECT') },
    invoices: approved.length,
  };
}
