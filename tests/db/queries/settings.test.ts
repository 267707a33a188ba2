import { and, eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { submitContactMessage } from '@/db/queries/contact';
import { createNotification } from '@/db/queries/notifications';
import { requestPasswordReset } from '@/db/queries/password-reset';
import {
  changeEmail,
  changePassword,
  deleteAccount,
  getAccountSettings,
  setAvatar,
  updateInvoiceDetails,
  updateName,
} from '@/db/queries/settings';
import { createSession, getActiveSession } from '@/db/queries/sessions';
import { verifyCredentials } from '@/db/queries/users';
import { getActiveUserById } from '../../helpers/users';
import {
  contactMessages,
  favorites,
  invoices,
  notifications,
  passwordResetTokens,
  purchases,
  userSessions,
  users,
} from '@/db/schema';
import { createTestPurchase, createTestUser, createTestWorkflow, TEST_PASSWORD } from '../../helpers/factories';

describe('account settings', () => {
  it('changes the name and the avatar', async () => {
    const user = await createTestUser();
    await updateName(user.id, 'New Name');
    expect(await setAvatar(user.id, '/api/avatars/a.png')).toBeNull();
    expect(await setAvatar(user.id, '/api/avatars/b.png')).toBe('/api/avatars/a.png');
    expect(await getAccountSettings(user.id)).toMatchObject({ name: 'New Name', avatarUrl: '/api/avatars/b.png' });
  });

  it('changes the email only with the current password, never to a taken one, and only once the new address confirms', async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    await expect(changeEmail(user.id, 'wrong password', 'new@example.test')).rejects.toMatchObject({
      code: 'invalid',
      field: 'currentPassword',
    });
    await expect(changeEmail(user.id, TEST_PASSWORD, other.email.toUpperCase())).rejects.toMatchObject({
      code: 'conflict',
      field: 'email',
    });
    const fresh = `fresh-${crypto.randomUUID().slice(0, 8)}@example.test`;
    expect(await changeEmail(user.id, TEST_PASSWORD, fresh.toUpperCase())).toEqual({ pendingEmail: fresh });
    // Pending until confirmed (tests/db/queries/email-confirmation.test.ts follows the link).
    expect((await getAccountSettings(user.id))?.email).toBe(user.email);
    expect(await verifyCredentials(fresh, TEST_PASSWORD)).toBeNull();
  });

  it('changes the password only with the current one, and ends every session signed in before', async () => {
    const user = await createTestUser();
    const [here, elsewhere] = [await createSession(user.id), await createSession(user.id)];
    await expect(changePassword(user.id, 'wrong password', 'a new long password')).rejects.toMatchObject({
      field: 'currentPassword',
    });
    expect(await getActiveSession(elsewhere.id, user.id, user.sessionVersion)).not.toBeNull();
    await changePassword(user.id, TEST_PASSWORD, 'a new long password');
    expect((await getActiveUserById(user.id))?.sessionVersion).toBe(user.sessionVersion + 1);
    for (const session of [here, elsewhere]) {
      expect(
        (await db.select().from(userSessions).where(eq(userSessions.id, session.id)))[0]?.revokedAt,
      ).toBeInstanceOf(Date);
    }
    // A session made after a sign-in that checked the old password just before the change is worthless too.
    const late = await createSession(user.id);
    expect(await getActiveSession(late.id, user.id, user.sessionVersion)).toBeNull();
    expect(await getActiveSession(late.id, user.id, user.sessionVersion + 1)).not.toBeNull();
    expect(await verifyCredentials(user.email, 'a new long password')).not.toBeNull();
    // The old password no longer proves anything.
    await expect(changePassword(user.id, TEST_PASSWORD, 'another password!')).rejects.toMatchObject({
      field: 'currentPassword',
    });
  });

  it('deleting an account keeps purchases and invoices and removes the personal data', async () => {
    const user = await createTestUser({ name: 'Private Person' });
    const workflow = await createTestWorkflow();
    const purchase = await createTestPurchase(user.id, workflow.id, { status: 'ACTIVE' });
    const [invoice] = await db
      .insert(invoices)
      .values({
        purchaseId: purchase.id,
        invoiceNumber: `INV-${crypto.randomUUID().slice(0, 8)}`,
        amount: purchase.amount,
        buyerDetails: { name: 'Private Person', email: user.email },
        sellerDetails: { name: 'USITech' },
      })
      .returning();
    await db.insert(favorites).values({ userId: user.id, workflowId: workflow.id });
    await createNotification(db, { userId: user.id, type: 'SUCCESS', title: 't', message: 'm' });
    await requestPasswordReset(user.email, { ip: '198.51.100.7' });
    await submitContactMessage(
      { name: 'Private Person', email: user.email, subject: 'Hello there', message: 'A message from me.' },
      { ip: '198.51.100.7', userId: user.id },
    );
    await setAvatar(user.id, '/api/avatars/me.png');
    await updateInvoiceDetails(user.id, { company: 'Công ty TNHH An', address: '1 Lê Lợi', taxCode: '0312345678' });
    await createSession(user.id);

    await expect(deleteAccount(user.id, 'wrong password')).rejects.toMatchObject({ field: 'currentPassword' });
    expect(await deleteAccount(user.id, TEST_PASSWORD)).toEqual({
      avatarUrl: '/api/avatars/me.png',
      reviewedWorkflowIds: [],
    });

    const [row] = await db.select().from(users).where(eq(users.id, user.id));
    expect(row).toMatchObject({
      email: `deleted-${user.id}@deleted.invalid`,
      name: 'Deleted user',
      avatarUrl: null,
      billingCompany: null,
      billingAddress: null,
      billingTaxCode: null,
    });
    expect(row?.deletedAt).toBeInstanceOf(Date);
    expect(row?.passwordHash).not.toBe(user.passwordHash);
    expect(row?.sessionVersion).toBe(user.sessionVersion + 1);
    expect(
      await db
        .select()
        .from(userSessions)
        .where(and(eq(userSessions.userId, user.id), isNull(userSessions.revokedAt))),
    ).toEqual([]);
    expect(await verifyCredentials(user.email, TEST_PASSWORD)).toBeNull();
    expect(await getActiveUserById(user.id)).toBeNull();

    expect(await db.select().from(purchases).where(eq(purchases.id, purchase.id))).toHaveLength(1);
    expect(await db.select().from(invoices).where(eq(invoices.id, invoice!.id))).toHaveLength(1);
    expect(await db.select().from(favorites).where(eq(favorites.userId, user.id))).toHaveLength(0);
    expect(await db.select().from(notifications).where(eq(notifications.userId, user.id))).toHaveLength(0);
    expect(await db.select().from(passwordResetTokens).where(eq(passwordResetTokens.userId, user.id))).toHaveLength(0);
    const [message] = await db.select().from(contactMessages).where(eq(contactMessages.userId, user.id));
    expect(message).toMatchObject({ name: 'Deleted user', email: `deleted-${user.id}@deleted.invalid` });

    // The email is free for a new account, and the deleted one cannot be changed any more.
    await expect(updateName(user.id, 'Back again')).rejects.toMatchObject({ code: 'not_found' });
  });
});
