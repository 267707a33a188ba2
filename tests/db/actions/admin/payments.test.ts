import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db';
import { bankTransactions } from '@/db/schema';
import { idleState } from '@/lib/forms/action-state';
import { createTestPurchase } from '../../../helpers/factories';
import { purchaseRow, shop } from '../../queries/purchases/helpers';

// The actions run outside a Next request: the signed-in user is whoever the test says, and
// revalidatePath (which needs Next's cache) only records its calls.
const session = vi.hoisted(() => ({ user: null as null | { id: string; role: 'USER' | 'ADMIN' } }));
vi.mock('@/server/auth/guards', () => {
  const current = async () =>
    session.user && {
      ...session.user,
      email: 'admin@example.test',
      name: 'Admin',
      avatarUrl: null,
      sessionVersion: 0,
      sessionId: 's',
    };
  const notFound = () => {
    throw new Error('NEXT_HTTP_ERROR_FALLBACK;404');
  };
  return {
    getCurrentUser: current,
    requireUser: async () => (await current()) ?? notFound(),
    requireAdmin: async () => {
      const user = await current();
      return user?.role === 'ADMIN' ? user : notFound();
    },
  };
});
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), refresh: vi.fn() }));

const { importStatementAction, previewStatementAction } = await import('@/actions/admin/payments');

function statementForm(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
}

const COLUMNS = { transactionId: '0', date: '1', amount: '2', content: '3' };

beforeEach(() => {
  session.user = null;
});

describe('statement import actions (admin payments)', () => {
  it('answer every field error at once, not only the first', async () => {
    const { admin } = await shop();
    session.user = admin;
    const form = statementForm({ ...COLUMNS, csv: '', date: '-1', amount: 'two' });

    for (const action of [previewStatementAction, importStatementAction]) {
      const state = await action(idleState, form);
      expect(state).toMatchObject({ status: 'error', message: 'Please correct the highlighted fields.' });
      const fieldErrors = state.status === 'error' ? state.fieldErrors : undefined;
      expect(fieldErrors?.csv).toEqual(['Choose a CSV file.']);
      expect(fieldErrors?.date).toHaveLength(1);
      expect(fieldErrors?.amount).toHaveLength(1);
      expect(Object.keys(fieldErrors ?? {}).sort()).toEqual(['amount', 'csv', 'date']);
    }
  });

  it('preview returns the rows and writes nothing; import approves the exact match', async () => {
    const { buyer, admin, workflow } = await shop('199000.00');
    const purchase = await createTestPurchase(buyer.id, workflow.id, { amount: '199000.00' });
    session.user = admin;
    const id = `FT-${purchase.id.slice(0, 8)}`;
    const csv = [
      'Mã GD,Ngày giao dịch,Số tiền,Nội dung',
      `${id},25/11/2026 09:15,"199,000","Thanh toán ${purchase.transferReference}"`,
    ].join('\r\n');
    const form = statementForm({ ...COLUMNS, csv });

    const preview = await previewStatementAction(idleState, form);
    expect(preview.status).toBe('idle');
    expect(preview.rows?.map((r) => r.verdict)).toEqual([{ kind: 'match', reference: purchase.transferReference }]);
    expect((await purchaseRow(purchase.id)).status).toBe('PENDING');

    const imported = await importStatementAction(idleState, form);
    expect(imported).toMatchObject({ status: 'success', message: expect.stringContaining('1 purchase(s) approved') });
    expect((await purchaseRow(purchase.id)).status).toBe('ACTIVE');
  });

  it('works as a plain form action too (the form only; nothing returned)', async () => {
    const { admin } = await shop();
    session.user = admin;
    const id = `FT-plain-${Date.now()}`;
    const csv = ['id,date,amount,content', `${id},25/11/2026 10:00,50000,no reference here`].join('\n');

    expect(await importStatementAction(statementForm({ ...COLUMNS, csv }))).toBeUndefined();
    const rows = await db.select().from(bankTransactions).where(eq(bankTransactions.providerTransactionId, id));
    expect(rows).toHaveLength(1);
  });

  it('refuses anybody but an admin before reading the form', async () => {
    const { buyer } = await shop();
    session.user = buyer;
    await expect(previewStatementAction(idleState, statementForm({ ...COLUMNS, csv: 'a,b,c,d\n' }))).rejects.toThrow(
      '404',
    );
  });
});
