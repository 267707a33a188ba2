import { and, count, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, queryRows } from '@/db';
import { sendAnnouncement } from '@/db/queries/announcements';
import { auditLog, notifications, users } from '@/db/schema';
import { createTestUser, TEST_PASSWORD_HASH } from '../../helpers/factories';
import { testDriver } from '../../helpers/db';

/** Many users at once, in SQL (the app never lists them in memory either). */
async function createManyUsers(n: number, prefix: string) {
  await db.execute(sql`
    insert into users (email, name, password_hash)
    select ${prefix} || '-' || g || '@bulk.test', 'Bulk ' || g, ${TEST_PASSWORD_HASH}
    from generate_series(1, ${n}) g`);
}

async function notificationsTitled(title: string) {
  const [row] = await db.select({ n: count() }).from(notifications).where(eq(notifications.title, title));
  return row?.n ?? 0;
}

async function activeUsers() {
  const [row] = await db
    .select({ n: count() })
    .from(users)
    .where(sql`${users.deletedAt} is null and ${users.disabledAt} is null`);
  return row?.n ?? 0;
}

describe('announcements', () => {
  it('reaches one user by id or by email', async () => {
    const admin = await createTestUser({ role: 'ADMIN' });
    const user = await createTestUser();
    const other = await createTestUser();
    await sendAnnouncement(admin.id, { userId: user.id, type: 'WARNING', title: 'Just you', message: 'Hi' });
    await sendAnnouncement(admin.id, {
      email: user.email.toUpperCase(),
      type: 'SUCCESS',
      title: 'Just you',
      message: 'Hi',
      link: '/workflows',
    });
    const rows = await db.select().from(notifications).where(eq(notifications.title, 'Just you'));
    expect(rows.map((r) => r.userId)).toEqual([user.id, user.id]);
    expect(rows.some((r) => r.userId === other.id)).toBe(false);
    await expect(
      sendAnnouncement(admin.id, { email: 'nobody@example.test', type: 'SUCCESS', title: 'x', message: 'y' }),
    ).rejects.toMatchObject({ code: 'not_found', field: 'email' });
  });

  it('reaches every active user exactly once, in batches, and is audited', async () => {
    const admin = await createTestUser({ role: 'ADMIN' });
    await createManyUsers(2_345, 'ann');
    const disabled = await createTestUser();
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, disabled.id));
    const expected = await activeUsers();

    const { recipients } = await sendAnnouncement(
      admin.id,
      { type: 'SUCCESS', title: 'Big news', message: 'For everyone' },
      { batchSize: 1_000 },
    );
    expect(recipients).toBe(expected);
    expect(await notificationsTitled('Big news')).toBe(expected);
    const [dupes] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from (
            select user_id from notifications where title = 'Big news' group by user_id having count(*) > 1
          ) d`,
    );
    expect(dupes?.n).toBe(0);
    const [missedDisabled] = await db
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.userId, disabled.id), eq(notifications.title, 'Big news')));
    expect(missedDisabled?.n).toBe(0);
    const audit = await db.select().from(auditLog).where(eq(auditLog.action, 'announcement.send'));
    expect(audit.at(-1)?.after).toMatchObject({ to: 'all', recipients: expected });
  });

  it('refuses a non-admin, and writes nothing', async () => {
    const shopper = await createTestUser();
    await expect(
      sendAnnouncement(shopper.id, { type: 'ERROR', title: 'Not allowed', message: 'x' }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect(await notificationsTitled('Not allowed')).toBe(0);
  });

  it.runIf(testDriver() === 'postgres')(
    'reaches 100,000 users',
    async () => {
      const admin = await createTestUser({ role: 'ADMIN' });
      await createManyUsers(100_000, 'huge');
      const expected = await activeUsers();
      const { recipients } = await sendAnnouncement(admin.id, {
        type: 'SUCCESS',
        title: 'Hundred thousand',
        message: 'Hi',
      });
      expect(recipients).toBe(expected);
      expect(await notificationsTitled('Hundred thousand')).toBe(expected);
    },
    120_000,
  );
});
