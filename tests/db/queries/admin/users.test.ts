import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { getAdminUser, listAdminUsers, setUserDisabled, setUserRole } from '@/db/queries/admin/users';
import { verifyCredentials } from '@/db/queries/users';
import { getActiveUserById } from '../../../helpers/users';
import { auditLog, users } from '@/db/schema';
import { createTestPurchase, createTestUser, createTestWorkflow, TEST_PASSWORD } from '../../../helpers/factories';

const activeAdmins = async () =>
  (await db.select().from(users).where(eq(users.role, 'ADMIN'))).filter((u) => !u.disabledAt && !u.deletedAt);

async function onlyAdmin() {
  // Every test starts from a database where this admin is the only active one.
  for (const a of await activeAdmins()) await db.update(users).set({ role: 'USER' }).where(eq(users.id, a.id));
  return createTestUser({ role: 'ADMIN' });
}

describe('admin users', () => {
  it('finds users by name or email and shows their purchases', async () => {
    const admin = await onlyAdmin();
    const mai = await createTestUser({ name: 'Mai 100%_match', email: 'mai-search@example.test' });
    await createTestUser({ name: 'Mai other', email: 'mai-other@example.test' });
    const workflow = await createTestWorkflow();
    await createTestPurchase(mai.id, workflow.id);
    const byEmail = await listAdminUsers(admin.id, { q: 'MAI-SEARCH', role: 'all', state: 'all', page: 1 });
    expect(byEmail.rows.map((r) => r.id)).toEqual([mai.id]);
    expect(byEmail.rows[0]?.purchaseCount).toBe(1);
    // LIKE wildcards in the search are literal.
    const literal = await listAdminUsers(admin.id, { q: '100%_', role: 'all', state: 'all', page: 1 });
    expect(literal.rows.map((r) => r.id)).toEqual([mai.id]);
    const detail = await getAdminUser(admin.id, mai.id);
    expect(detail?.purchases).toHaveLength(1);
    expect(detail?.purchases[0]?.workflowTitle).toBe(workflow.title);
  });

  it('changes roles with an audit entry, and refuses to demote the last admin', async () => {
    const admin = await onlyAdmin();
    const shopper = await createTestUser();
    await setUserRole(admin.id, shopper.id, 'ADMIN');
    await expect(setUserRole(admin.id, shopper.id, 'ADMIN')).rejects.toMatchObject({ code: 'conflict' });
    await setUserRole(admin.id, shopper.id, 'USER');
    await expect(setUserRole(admin.id, admin.id, 'USER')).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('last admin'),
    });
    await expect(setUserDisabled(admin.id, admin.id, true)).rejects.toMatchObject({ code: 'conflict' });
    expect((await activeAdmins()).map((a) => a.id)).toEqual([admin.id]);
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, shopper.id)).orderBy(auditLog.createdAt);
    expect(audit.map((a) => [a.action, a.before?.role, a.after?.role])).toEqual([
      ['user.role_change', 'USER', 'ADMIN'],
      ['user.role_change', 'ADMIN', 'USER'],
    ]);
  });

  it('lets an admin step down while another admin remains', async () => {
    const admin = await onlyAdmin();
    const other = await createTestUser({ role: 'ADMIN' });
    await setUserRole(admin.id, admin.id, 'USER');
    await expect(setUserRole(admin.id, other.id, 'USER')).rejects.toMatchObject({ code: 'forbidden' });
    await expect(setUserRole(other.id, other.id, 'USER')).rejects.toMatchObject({ code: 'conflict' });
  });

  it('disables an account at once (no sign-in, no session) and re-enables it', async () => {
    const admin = await onlyAdmin();
    const shopper = await createTestUser();
    await setUserDisabled(admin.id, shopper.id, true);
    expect(await getActiveUserById(shopper.id)).toBeNull();
    expect(await verifyCredentials(shopper.email, TEST_PASSWORD)).toBeNull();
    const [disabled] = await db.select().from(users).where(eq(users.id, shopper.id));
    expect(disabled?.sessionVersion).toBe(1);
    await expect(setUserDisabled(admin.id, shopper.id, true)).rejects.toMatchObject({ code: 'conflict' });

    await setUserDisabled(admin.id, shopper.id, false);
    expect((await verifyCredentials(shopper.email, TEST_PASSWORD))?.id).toBe(shopper.id);
    const actions = await db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityId, shopper.id))
      .orderBy(auditLog.createdAt);
    expect(actions.map((a) => a.action)).toEqual(['user.disable', 'user.enable']);
  });

  it('refuses a shopper, and a disabled admin', async () => {
    const admin = await onlyAdmin();
    const shopper = await createTestUser();
    const target = await createTestUser();
    await expect(setUserRole(shopper.id, shopper.id, 'ADMIN')).rejects.toMatchObject({ code: 'forbidden' });
    await expect(setUserDisabled(shopper.id, target.id, true)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(listAdminUsers(shopper.id, { q: '', role: 'all', state: 'all', page: 1 })).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(getAdminUser(shopper.id, target.id)).rejects.toMatchObject({ code: 'forbidden' });
    const second = await createTestUser({ role: 'ADMIN' });
    await setUserDisabled(admin.id, second.id, true);
    await expect(setUserRole(second.id, target.id, 'ADMIN')).rejects.toMatchObject({ code: 'forbidden' });
  });

  describe.runIf(process.env.TEST_DRIVER === 'postgres')('at the same moment', () => {
    it('two admins demoting each other leave one admin', async () => {
      const a = await onlyAdmin();
      const b = await createTestUser({ role: 'ADMIN' });
      const results = await Promise.allSettled([setUserRole(a.id, b.id, 'USER'), setUserRole(b.id, a.id, 'USER')]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(await activeAdmins()).toHaveLength(1);
    });

    it('two admins disabling themselves leave one admin', async () => {
      const a = await onlyAdmin();
      const b = await createTestUser({ role: 'ADMIN' });
      const results = await Promise.allSettled([setUserDisabled(a.id, a.id, true), setUserDisabled(b.id, b.id, true)]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const rejected = results.find((r) => r.status === 'rejected');
      expect(rejected?.status === 'rejected' && rejected.reason).toMatchObject({ code: 'conflict' });
      expect(await activeAdmins()).toHaveLength(1);
    });
  });
});
