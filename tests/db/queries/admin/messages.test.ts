import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { listContactMessages, setMessageResolved } from '@/db/queries/admin/messages';
import { auditLog, contactMessages } from '@/db/schema';
import { createTestUser } from '../../../helpers/factories';

async function message(subject: string, createdAt: Date) {
  const [row] = await db
    .insert(contactMessages)
    .values({ name: 'Vy', email: 'vy@example.test', subject, message: 'Can you help?', createdAt })
    .returning();
  return row!;
}

describe('admin contact messages', () => {
  let adminId: string;
  beforeAll(async () => {
    adminId = (await createTestUser({ role: 'ADMIN', name: 'Lan Admin' })).id;
  });

  it('lists newest first, filters open and resolved, and resolves and reopens with audit entries', async () => {
    const older = await message('Older', new Date('2026-11-01T00:00:00Z'));
    const newer = await message('Newer', new Date('2026-11-02T00:00:00Z'));
    const open = await listContactMessages(adminId, { state: 'open', page: 1 });
    expect(open.rows.map((m) => m.subject)).toEqual(['Newer', 'Older']);

    await setMessageResolved(adminId, older.id, true);
    await expect(setMessageResolved(adminId, older.id, true)).rejects.toMatchObject({
      code: 'conflict',
      message: 'This message is already resolved.',
    });
    expect((await listContactMessages(adminId, { state: 'open', page: 1 })).rows.map((m) => m.id)).toEqual([newer.id]);
    const resolved = await listContactMessages(adminId, { state: 'resolved', page: 1 });
    expect(resolved.rows).toEqual([expect.objectContaining({ id: older.id, resolvedByName: 'Lan Admin' })]);

    await setMessageResolved(adminId, older.id, false);
    const [row] = await db.select().from(contactMessages).where(eq(contactMessages.id, older.id));
    expect(row).toMatchObject({ resolvedAt: null, resolvedBy: null });
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, older.id)).orderBy(auditLog.createdAt);
    expect(audit.map((a) => a.action)).toEqual(['contact_message.resolve', 'contact_message.reopen']);
    expect(audit[0]).toMatchObject({ actorId: adminId, before: { resolved: false }, after: { resolved: true } });
  });

  it('refuses a shopper', async () => {
    const shopper = await createTestUser();
    const m = await message('Hi', new Date());
    await expect(listContactMessages(shopper.id, { state: 'all', page: 1 })).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(setMessageResolved(shopper.id, m.id, true)).rejects.toMatchObject({ code: 'forbidden' });
  });

  describe.runIf(process.env.TEST_DRIVER === 'postgres')('two admins at once', () => {
    it('one resolves, the other is told it is already resolved', async () => {
      const other = await createTestUser({ role: 'ADMIN' });
      const m = await message('Race', new Date());
      const results = await Promise.allSettled([
        setMessageResolved(adminId, m.id, true),
        setMessageResolved(other.id, m.id, true),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
      const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, m.id));
      expect(audit).toHaveLength(1);
    });
  });
});
