import { eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { recordIncomingTransfer } from '@/db/queries/bank/record-transfer';
import { approvePurchase, cancelPurchase, rejectPurchase } from '@/db/queries/purchases';
import { bankTransactions, invoices, type Purchase, type User } from '@/db/schema';
import { isAppError } from '@/lib/errors';
import { formatInvoiceNumber, invoiceYear } from '@/lib/payments/invoice-number';
import { createTestPurchase, createTestUser } from '../../helpers/factories';
import { testDriver } from '../../helpers/db';
import { outboxRowsTo } from '../../helpers/mail';
import {
  auditOf,
  invoicesOf,
  lastInvoiceNumber,
  notificationsOf,
  purchaseRow,
  salesOf,
  shop,
} from '../queries/purchases/helpers';

const REASON = 'No transfer arrived for this order.';

/** An admin's approval, a matched bank transfer, an admin's rejection, the buyer's cancellation. */
type Kind = 'approve' | 'bank' | 'reject' | 'cancel';
const KINDS: Kind[] = ['approve', 'bank', 'reject', 'cancel'];
type Call = { kind: Kind; outcome: PromiseSettledResult<boolean> };

/** What a loser is told, by what it tried and what won (the sentences the admin and the buyer read). */
function refusal(tried: Exclude<Kind, 'bank'>, winner: Kind): string {
  const verb = { approve: 'approved', reject: 'rejected', cancel: 'cancelled' }[tried];
  if (winner === 'approve' || winner === 'bank') return `This purchase is already paid, so it cannot be ${verb}.`;
  return `This purchase can no longer be ${verb}: it was ${winner === 'reject' ? 'rejected' : 'cancelled'}.`;
}

function shuffled<T>(items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

async function fixture(rounds: number) {
  const { admin, workflow } = await shop('250000.00');
  const rejecter = await createTestUser({ role: 'ADMIN' });
  const buyers = await Promise.all(Array.from({ length: rounds }, () => createTestUser()));
  const bought = await Promise.all(buyers.map((b) => createTestPurchase(b.id, workflow.id, { amount: '250000.00' })));
  const before = { sales: await salesOf(workflow.id), drawn: await lastInvoiceNumber() };

  /** One call of `kind` on round `round`'s purchase: true when it is the one that settled it. */
  const call = (round: number, kind: Kind, n: number): Promise<boolean> => {
    const purchase = bought[round]!;
    if (kind === 'approve') return approvePurchase(admin.id, purchase.id).then(() => true);
    if (kind === 'reject') return rejectPurchase(rejecter.id, purchase.id, REASON).then(() => true);
    if (kind === 'cancel') return cancelPurchase(buyers[round]!.id, purchase.id).then(() => true);
    return recordIncomingTransfer(
      {
        provider: 'usitech',
        providerTransactionId: `FT-race-${purchase.id}-${n}`,
        accountNumber: '0000123456789',
        amount: '250000.00',
        content: `IBFT ${purchase.transferReference}`,
        transactionDate: new Date(),
      },
      {},
    ).then((o) => o.outcome === 'matched');
  };
  return { admin, workflow, buyers, bought, before, call };
}

/**
 * One purchase's calls: exactly one settled it; every other call was refused with the sentence for what
 * won (a losing transfer is recorded and answered, never thrown); the rows hold the winner's effects only.
 */
async function expectOneWinner(
  purchase: Purchase,
  buyer: User,
  calls: Call[],
  ctx: { adminId: string; workflowTitle: string },
): Promise<Kind> {
  const won = calls.filter((c) => c.outcome.status === 'fulfilled' && c.outcome.value);
  expect(won, `one winner for ${purchase.id}`).toHaveLength(1);
  const winner = won[0]!.kind;
  for (const c of calls) {
    if (c === won[0]) continue;
    if (c.kind === 'bank') {
      expect(c.outcome).toEqual({ status: 'fulfilled', value: false });
      continue;
    }
    expect(c.outcome.status, `${c.kind} lost to ${winner}`).toBe('rejected');
    const reason = (c.outcome as PromiseRejectedResult).reason as unknown;
    expect(isAppError(reason), String(reason)).toBe(true);
    expect(reason).toMatchObject({ code: 'conflict', message: refusal(c.kind, winner) });
  }

  const paid = winner === 'approve' || winner === 'bank';
  expect(await purchaseRow(purchase.id)).toMatchObject(
    paid
      ? { status: 'ACTIVE', rejectReason: null, reviewedBy: winner === 'approve' ? ctx.adminId : null }
      : { status: 'REJECT', rejectReason: winner === 'reject' ? REASON : 'cancelled' },
  );
  expect(await invoicesOf(purchase.id)).toHaveLength(paid ? 1 : 0);
  expect((await notificationsOf(buyer.id)).map((n) => n.title)).toEqual(
    paid ? ['Payment confirmed'] : winner === 'reject' ? ['Payment rejected'] : [],
  );
  expect((await outboxRowsTo(buyer.email)).map((m) => m.subject)).toEqual(
    paid
      ? [expect.stringContaining('Payment received')]
      : winner === 'reject'
        ? [`Your order for “${ctx.workflowTitle}” was not accepted`]
        : [],
  );
  const actor = { approve: 'admin', bank: 'bank', reject: 'admin', cancel: 'user' }[winner];
  expect((await auditOf(purchase.id)).map((a) => [a.action, a.actorKind])).toEqual([
    [`purchase.${winner === 'bank' ? 'approve' : winner}`, actor],
  ]);
  const transfers = await db
    .select({ status: bankTransactions.status, reason: bankTransactions.reason })
    .from(bankTransactions)
    .where(eq(bankTransactions.purchaseId, purchase.id));
  expect(transfers).toHaveLength(calls.filter((c) => c.kind === 'bank').length);
  expect(transfers.filter((t) => t.status === 'MATCHED')).toHaveLength(winner === 'bank' ? 1 : 0);
  for (const t of transfers.filter((u) => u.status === 'UNMATCHED')) {
    expect(t.reason).toBe(paid ? 'already_paid' : 'rejected');
  }
  return winner;
}

/** Only the paid purchases drew invoice numbers, the next ones without a gap, and counted a sale. */
async function expectInvoicesAndSales(f: Awaited<ReturnType<typeof fixture>>, winners: Kind[]): Promise<void> {
  const paid = winners.filter((w) => w === 'approve' || w === 'bank').length;
  const issued = await db
    .select({ n: invoices.invoiceNumber })
    .from(invoices)
    .where(
      inArray(
        invoices.purchaseId,
        f.bought.map((p) => p.id),
      ),
    );
  const year = invoiceYear(new Date());
  expect(issued.map((r) => r.n).sort()).toEqual(
    Array.from({ length: paid }, (_, i) => formatInvoiceNumber(year, f.before.drawn + i + 1)),
  );
  expect(await lastInvoiceNumber()).toBe(f.before.drawn + paid);
  expect(await salesOf(f.workflow.id)).toBe(f.before.sales + paid);
}

describe.runIf(testDriver() === 'postgres')(
  'approve, bank match, reject and cancel of one purchase at once (Postgres)',
  () => {
    it('12 rounds in parallel, 96 calls in random order: one effect wins each, the rest get a clear refusal', async () => {
      const ROUNDS = 12;
      const f = await fixture(ROUNDS);
      const calls = shuffled(
        f.bought.flatMap((_, round) => KINDS.flatMap((kind) => [0, 1].map((n) => ({ round, kind, n })))),
      );

      const settled = await Promise.allSettled(calls.map((c) => f.call(c.round, c.kind, c.n)));

      const winners: Kind[] = [];
      for (const [round, purchase] of f.bought.entries()) {
        const mine = calls.map((c, i) => ({ ...c, outcome: settled[i]! })).filter((c) => c.round === round);
        winners.push(
          await expectOneWinner(purchase, f.buyers[round]!, mine, {
            adminId: f.admin.id,
            workflowTitle: f.workflow.title,
          }),
        );
      }
      await expectInvoicesAndSales(f, winners);
    });

    // The random race rarely lets an admin's approval win (it checks the payment window first, then opens
    // its transaction). Here it holds the row, uncommitted, while 48 other calls queue on the lock.
    it('an approval holding the row: 48 rejections, cancellations and transfers wait, then are refused as paid', async () => {
      const f = await fixture(1);
      const purchase = f.bought[0]!;
      let waiting: Promise<PromiseSettledResult<boolean>[]> | undefined;
      const others = shuffled(
        (['bank', 'reject', 'cancel'] as const).flatMap((kind) => Array.from({ length: 16 }, (_, n) => ({ kind, n }))),
      );

      await db.transaction(async (tx) => {
        await approvePurchase(f.admin.id, purchase.id, { tx });
        waiting = Promise.allSettled(others.map((c) => f.call(0, c.kind, c.n)));
        // Long enough for them to reach the lock; they see the approval only once it commits.
        await new Promise((r) => setTimeout(r, 300));
      });
      const settled = await waiting!;

      const winner = await expectOneWinner(
        purchase,
        f.buyers[0]!,
        [
          { kind: 'approve', outcome: { status: 'fulfilled', value: true } },
          ...others.map((c, i) => ({ kind: c.kind, outcome: settled[i]! })),
        ],
        { adminId: f.admin.id, workflowTitle: f.workflow.title },
      );
      expect(winner).toBe('approve');
      await expectInvoicesAndSales(f, [winner]);
    });
  },
);
