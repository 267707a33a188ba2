import { eq, like } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db';
import { bankTransactions } from '@/db/schema';
import { idleState } from '@/lib/forms/action-state';
import { createTestPurchase } from '../../../helpers/factories';
import { purchaseRow, shop } from '../../queries/purchases/helpers';
import { session } from '../../../helpers/test-session';
import { setTestLocale } from '../../../helpers/next-intl-server';

// The actions run outside a Next request: the signed-in user is whoever the test says, and
// the cache functions (which need Next's request store) only record their calls.
vi.mock('@/server/auth/guards', () => import('../../../helpers/test-session'));
vi.mock('next/cache', () => ({ updateTag: vi.fn(), refresh: vi.fn() }));
// Messages in the request's language (English here), as next-intl gives them inside Next.
vi.mock('next-intl/server', () => import('../../../helpers/next-intl-server'));

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

    for (const action of [
      (f: FormData) => previewStatementAction(idleState, f),
      (f: FormData) => importStatementAction(idleState, f),
    ]) {
      const state = await action(form);
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

  it('refuses two pickers on one column, or a column the file does not have, next to the picker', async () => {
    const { admin } = await shop();
    session.user = admin;
    const id = `FT-cols-${Date.now()}`;
    const csv = ['Ngày GD,Số tiền,Nội dung,Mã GD', `27/11/2026 23:40,"149.000",USIKAYW3TZF chuyen tien,${id}`].join(
      '\n',
    );
    const cases: Array<[Record<string, string>, string, string]> = [
      // What the form posted after React reset its pickers: every column the first one.
      [{ transactionId: '0', date: '0', amount: '0', content: '0' }, 'date', 'already the transaction id column'],
      [{ transactionId: '3', date: '0', amount: '0', content: '2' }, 'amount', 'already the date column'],
      [{ transactionId: '4', date: '0', amount: '1', content: '2' }, 'transactionId', 'The file has 4 column(s)'],
    ];
    for (const [columns, field, message] of cases) {
      for (const action of [
        (f: FormData) => previewStatementAction(idleState, f),
        (f: FormData) => importStatementAction(idleState, f),
      ]) {
        const state = await action(statementForm({ ...columns, csv }));
        expect(state).toMatchObject({ status: 'error', fieldErrors: { [field]: [expect.stringContaining(message)] } });
      }
    }
    expect(await db.select().from(bankTransactions).where(eq(bankTransactions.providerTransactionId, id))).toEqual([]);
    const noRows = await previewStatementAction(idleState, statementForm({ ...COLUMNS, csv: 'a,b,c,d\n' }));
    expect(noRows).toMatchObject({ status: 'error', fieldErrors: { csv: [expect.stringContaining('no rows')] } });
  });

  it("says what is wrong with the columns in the admin's language on a Vietnamese page", async () => {
    const { admin } = await shop('149000.00');
    session.user = admin;
    const csv = ['Ngày GD,Số tiền,Nội dung,Mã GD', '27/11/2026 23:40,"149.000",USIKAYW3TZF,FT-vi-cols'].join('\n');
    setTestLocale('vi');
    try {
      const taken = await previewStatementAction(idleState, statementForm({ ...COLUMNS, date: '0', csv }));
      expect(taken).toMatchObject({
        status: 'error',
        fieldErrors: { date: ['Cột đó đã được chọn làm cột mã giao dịch: hãy chọn cột khác.'] },
      });
      const missing = await previewStatementAction(
        idleState,
        statementForm({ transactionId: '7', date: '0', amount: '1', content: '2', csv }),
      );
      expect(missing).toMatchObject({
        fieldErrors: { transactionId: ['Tệp chỉ có 4 cột: hãy chọn một trong số đó.'] },
      });
    } finally {
      setTestLocale('en');
    }
  });

  it('import stores the Vietnamese statement under its columns and refuses the rows that do not read', async () => {
    const { buyer, admin, workflow } = await shop('149000.00');
    const purchase = await createTestPurchase(buyer.id, workflow.id, { amount: '149000.00' });
    session.user = admin;
    const stamp = Date.now();
    const csv = [
      'Ngày GD,Số tiền,Nội dung,Mã GD',
      `27/11/2026 23:40,"149.000",${purchase.transferReference} chuyen tien,FT${stamp}A`,
      `27/11/2026 23:41,27/11/2026 23:41,lech cot,FT${stamp}B`,
      `31/02/2026 23:42,"149.000",ngay sai,FT${stamp}C`,
    ].join('\n');
    const form = statementForm({ date: '0', amount: '1', content: '2', transactionId: '3', csv });

    const imported = await importStatementAction(idleState, form);
    expect(imported).toMatchObject({
      status: 'success',
      message: expect.stringContaining('1 purchase(s) approved'),
      refused: [
        { line: 3, error: { problem: 'notAmount', text: '27/11/2026 23:41' } },
        { line: 4, error: { problem: 'notDate', text: '31/02/2026 23:42' } },
      ],
    });
    const rows = await db
      .select({ id: bankTransactions.providerTransactionId, amount: bankTransactions.amount })
      .from(bankTransactions)
      .where(like(bankTransactions.providerTransactionId, `FT${stamp}%`));
    expect(rows).toEqual([{ id: `FT${stamp}A`, amount: '149000.00' }]);
    expect((await purchaseRow(purchase.id)).status).toBe('ACTIVE');
  });

  it('refuses anybody but an admin before reading the form', async () => {
    const { buyer } = await shop();
    session.user = buyer;
    await expect(previewStatementAction(idleState, statementForm({ ...COLUMNS, csv: 'a,b,c,d\n' }))).rejects.toThrow(
      '404',
    );
  });

  it('answers a call with anything but the posted form with an error and changes nothing', async () => {
    const { admin } = await shop();
    session.user = admin;
    const before = await db.select({ id: bankTransactions.id }).from(bankTransactions);
    const call = importStatementAction as unknown as (prev: unknown, posted: unknown) => Promise<{ status: string }>;
    expect(await call(idleState, { ...COLUMNS, csv: 'a,b,c,d\n' })).toMatchObject({ status: 'error' });
    expect(await db.select({ id: bankTransactions.id }).from(bankTransactions)).toEqual(before);
  });
});
