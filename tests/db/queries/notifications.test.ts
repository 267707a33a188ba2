import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import {
  countUnreadNotifications,
  createNotification,
  deleteNotification,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  notifyAdmins,
} from '@/db/queries/notifications';
import { notifications } from '@/db/schema';
import { createTestUser } from '../../helpers/factories';

async function notify(userId: string, title = 'Hello', link: string | null = '/account/purchases') {
  return createNotification(db, { userId, type: 'SUCCESS', title, message: 'A message', link });
}

const rowOf = async (id: string) => (await db.select().from(notifications).where(eq(notifications.id, id)))[0];

describe('notifications data layer', () => {
  it('a user reads, marks and deletes only their own notifications', async () => {
    const owner = await createTestUser();
    const other = await createTestUser();
    const id = await notify(owner.id);

    await expect(markNotificationRead(other.id, id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(deleteNotification(other.id, id)).rejects.toMatchObject({ code: 'not_found' });
    expect(await markAllNotificationsRead(other.id)).toBe(0);
    expect(await rowOf(id)).toMatchObject({ read: false });
    expect((await listNotifications(other.id)).items).toEqual([]);
    expect(await countUnreadNotifications(owner.id)).toBe(1);

    await markNotificationRead(owner.id, id);
    expect(await rowOf(id)).toMatchObject({ read: true });
    expect(await countUnreadNotifications(owner.id)).toBe(0);
    await deleteNotification(owner.id, id);
    expect(await rowOf(id)).toBeUndefined();
  });

  it('marks all of one user’s notifications read and leaves everybody else’s', async () => {
    const a = await createTestUser();
    const b = await createTestUser();
    await notify(a.id);
    await notify(a.id);
    await notify(b.id);
    expect(await markAllNotificationsRead(a.id)).toBe(2);
    expect(await countUnreadNotifications(a.id)).toBe(0);
    expect(await countUnreadNotifications(b.id)).toBe(1);
  });

  it('pages newest first and summarises the latest few for the header', async () => {
    const user = await createTestUser();
    for (let i = 1; i <= 7; i++) {
      await db.insert(notifications).values({
        userId: user.id,
        type: 'WARNING',
        title: `N${i}`,
        message: 'm',
        createdAt: new Date(Date.UTC(2026, 0, i)),
      });
    }
    const page1 = await listNotifications(user.id, 1, 3);
    expect(page1).toMatchObject({ total: 7, page: 1, pageCount: 3 });
    expect(page1.items.map((n) => n.title)).toEqual(['N7', 'N6', 'N5']);
    const page3 = await listNotifications(user.id, 3, 3);
    expect(page3.items.map((n) => n.title)).toEqual(['N1']);
    expect((await listNotifications(user.id, 99, 3)).page).toBe(3);
  });

  it('stores only links to this site', async () => {
    const user = await createTestUser();
    const good = await notify(user.id, 'good', '/checkout/abc');
    const external = await notify(user.id, 'external', 'https://evil.example/phish');
    const protocolRelative = await notify(user.id, 'pr', '//evil.example');
    expect((await rowOf(good))?.link).toBe('/checkout/abc');
    expect((await rowOf(external))?.link).toBeNull();
    expect((await rowOf(protocolRelative))?.link).toBeNull();
  });

  it('is written inside a caller’s transaction, and rolled back with it', async () => {
    const user = await createTestUser();
    await expect(
      db.transaction(async (tx) => {
        await createNotification(tx, { userId: user.id, type: 'ERROR', title: 't', message: 'm' });
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await countUnreadNotifications(user.id)).toBe(0);
  });

  it('notifies every active admin and nobody else', async () => {
    const admin1 = await createTestUser({ role: 'ADMIN' });
    const admin2 = await createTestUser({ role: 'ADMIN' });
    const shopper = await createTestUser();
    const sent = await notifyAdmins(db, {
      type: 'SUCCESS',
      title: 'New contact message',
      message: 'm',
      link: '/admin/messages',
    });
    expect(sent).toBeGreaterThanOrEqual(2);
    expect(await countUnreadNotifications(admin1.id)).toBe(1);
    expect(await countUnreadNotifications(admin2.id)).toBe(1);
    expect(await countUnreadNotifications(shopper.id)).toBe(0);
  });
});
