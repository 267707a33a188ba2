import { eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { dismissTransfer, linkTransferToPurchase, listBankTransfers } from '@/db/queries/bank/admin-transfers';
import { recordIncomingTransfer } from '@/db/queries/bank/record-transfer';
import { importStatement, previewStatement } from '@/db/queries/bank/statement-import';
import { auditLog, bankTransactions } from '@/db/schema';
import { createTestPurchase } from '../../../helpers/factories';
import { invoicesOf, purchaseRow, shop } from '../purchases/helpers';

const MAPPING = { transactionId: 0, date: 1, amount: 2, content: 3 };

async function unmatchedTransfer(content: string, amount: string) {
  const id = `u-${Math.random().toString(36).slice(2)}`;
  await recordIncomingTransfer(
    {
      provider: 'usitech',
      providerTransactionId: id,
      accountNumber: null,
      amount,
      content,
      transactionDate: new Date(),
    },
    {},
  );
  const [row] = await db.select().from(bankTransactions).where(eq(bankTransactions.providerTransactionId, id));
  return row!;
}

describe('reconciliation by an admin', () => {
  it('links an underpaid transfer to its purchase: approved, matched, audited', async () => {
    const { buyer, admin, workflow } = await shop('300000.00');
    const purchase = await createTestPurchase(buyer.id, workflow.id, { amount: '300000.00' });
    const transfer = await unmatchedTransfer(`${purchase.transferReference} thieu`, '299000.00');
    expect(transfer).toMatchObject({ status: 'UNMATCHED', reason: 'underpaid' });

    const listed = await listBankTransfers(admin.id, { status: 'UNMATCHED', page: 1 });
    expect(listed.rows.map((r) => r.id)).toContain(transfer.id);

    await linkTransferToPurchase(admin.id, transfer.id, purchase.transferReference.toLowerCase());
    expect((await purchaseRow(purchase.id)).status).toBe('ACTIVE');
    const [after] = await db.select().from(bankTransactions).where(eq(bankTransactions.id, transfer.id));
    expect(after).toMatchObject({ status: 'MATCHED', purchaseId: purchase.id, resolvedBy: admin.id });
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, transfer.id));
    expect(audit.map((a) => a.action)).toEqual(['bank_transaction.link']);

    await expect(linkTransferToPurchase(admin.id, transfer.id, purchase.transferReference)).rejects.toMatchObject({
      code: 'conflict',
    });
  });

  it('dismisses a transfer once; a shopper can do neither', async () => {
    const { buyer, admin } = await shop();
    const transfer = await unmatchedTransfer('tien nha thang 11', '5000000.00');
    await expect(dismissTransfer(buyer.id, transfer.id)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(listBankTransfers(buyer.id, { status: 'UNMATCHED', page: 1 })).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(linkTransferToPurchase(buyer.id, transfer.id, 'USIAAAAAAAA')).rejects.toMatchObject({
      code: 'forbidden',
    });
    await dismissTransfer(admin.id, transfer.id);
    const [row] = await db.select().from(bankTransactions).where(eq(bankTransactions.id, transfer.id));
    expect(row?.status).toBe('DISMISSED');
    await expect(dismissTransfer(admin.id, transfer.id)).rejects.toMatchObject({ code: 'conflict' });
  });
});

describe('bank statement import', () => {
  it('previews matches, approves exact ones, and skips rows seen before', async () => {
    const { buyer, other, admin, workflow } = await shop('199000.00');
    const exact = await createTestPurchase(buyer.id, workflow.id, { amount: '199000.00' });
    const under = await createTestPurchase(other.id, workflow.id, { amount: '199000.00' });
    const csv = [
      'Mã GD,Ngày giao dịch,Số tiền,Nội dung',
      `FT001,25/11/2026 09:15,"199,000","Thanh toán ${exact.transferReference}, Nguyễn Văn An"`,
      `FT002,25/11/2026 09:20,"150.000","${under.transferReference} chuyển thiếu"`,
      'FT003,25/11/2026 09:30,"1,000,000","Lương tháng 11 ""đợt 1""\nghi chú"',
      `FT001,25/11/2026 09:15,"199,000","Thanh toán ${exact.transferReference}, Nguyễn Văn An"`,
      'FT004,not a date,100,x',
      'FT005,25/11/2026 09:40,25/11/2026 09:40,the date under the amount',
      'FT006,25/11/2026 09:45,"149.000.00",two readings',
    ].join('\r\n');

    const preview = await previewStatement(admin.id, csv, MAPPING);
    expect(preview.map((r) => r.verdict)).toEqual([
      { kind: 'match', reference: exact.transferReference },
      { kind: 'unmatched', reason: 'underpaid' },
      { kind: 'unmatched', reason: 'no_reference' },
      { kind: 'duplicate_row' },
      { kind: 'error', error: { problem: 'notDate', text: 'not a date' } },
      { kind: 'error', error: { problem: 'notAmount', text: '25/11/2026 09:40' } },
      { kind: 'error', error: { problem: 'notAmount', text: '149.000.00' } },
    ]);
    expect(preview[2]?.content).toBe('Lương tháng 11 "đợt 1"\nghi chú');
    expect((await purchaseRow(exact.id)).status).toBe('PENDING');

    expect(await importStatement(admin.id, csv, MAPPING)).toEqual({
      imported: 3,
      approved: 1,
      unmatched: 2,
      skipped: 1,
      errors: 3,
      soldWorkflowIds: [workflow.id],
      refused: [
        { line: 6, error: { problem: 'notDate', text: 'not a date' } },
        { line: 7, error: { problem: 'notAmount', text: '25/11/2026 09:40' } },
        { line: 8, error: { problem: 'notAmount', text: '149.000.00' } },
      ],
    });
    expect((await purchaseRow(exact.id)).status).toBe('ACTIVE');
    expect((await purchaseRow(under.id)).status).toBe('PENDING');
    expect(await invoicesOf(exact.id)).toHaveLength(1);

    expect(await importStatement(admin.id, csv, MAPPING)).toEqual({
      imported: 0,
      approved: 0,
      unmatched: 0,
      skipped: 4,
      errors: 3,
      soldWorkflowIds: [],
      refused: [
        { line: 6, error: { problem: 'notDate', text: 'not a date' } },
        { line: 7, error: { problem: 'notAmount', text: '25/11/2026 09:40' } },
        { line: 8, error: { problem: 'notAmount', text: '149.000.00' } },
      ],
    });
    // Nothing is stored for a refused row.
    const stored = await db
      .select({ id: bankTransactions.providerTransactionId })
      .from(bankTransactions)
      .where(inArray(bankTransactions.providerTransactionId, ['FT004', 'FT005', 'FT006']));
    expect(stored).toEqual([]);
    const again = await previewStatement(admin.id, csv, MAPPING);
    expect(again.slice(0, 3).map((r) => r.verdict.kind)).toEqual([
      'already_imported',
      'already_imported',
      'already_imported',
    ]);
  });

  it('is refused to a shopper', async () => {
    const { buyer } = await shop();
    await expect(previewStatement(buyer.id, 'a,b,c,d\n', MAPPING)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(importStatement(buyer.id, 'a,b,c,d\n', MAPPING)).rejects.toMatchObject({ code: 'forbidden' });
  });
});
