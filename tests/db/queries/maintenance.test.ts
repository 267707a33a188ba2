import { describe, expect, it } from 'vitest';
import { runMaintenance } from '@/db/queries/maintenance';
import { createTestPurchase, createTestUser, createTestWorkflow } from '../../helpers/factories';
import { notificationsOf, purchaseRow } from './purchases/helpers';

describe('periodic maintenance', () => {
  it('warns before the payment window closes, expires after, and is idempotent', async () => {
    const buyer = await createTestUser();
    const [a, b] = [await createTestWorkflow(), await createTestWorkflow()];
    const closing = await createTestPurchase(buyer.id, a.id, { createdAt: new Date(Date.now() - 23 * 3_600_000) });
    const stale = await createTestPurchase(buyer.id, b.id, { createdAt: new Date(Date.now() - 25 * 3_600_000) });

    const first = await runMaintenance();
    expect(first).toMatchObject({ warned: 1, expired: 1 });
    expect((await purchaseRow(closing.id)).status).toBe('PENDING');
    expect(await purchaseRow(stale.id)).toMatchObject({ status: 'REJECT', rejectReason: 'expired' });
    expect((await notificationsOf(buyer.id)).map((n) => n.type).sort()).toContain('WARNING');

    expect(await runMaintenance()).toMatchObject({ warned: 0, expired: 0 });
  });
});
