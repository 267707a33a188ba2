import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { addFavorite } from '@/db/queries/favorites';
import { getHeaderSummary } from '@/db/queries/header-summary';
import { createNotification, markNotificationRead } from '@/db/queries/notifications';
import { notifications } from '@/db/schema';
import { createTestUser, createTestWorkflow } from '../../helpers/factories';

describe('getHeaderSummary (the signed-in header in one statement)', () => {
  it('a new account: no notifications, no favorites', async () => {
    const user = await createTestUser();
    expect(await getHeaderSummary(user.id)).toEqual({ unread: 0, favoriteCount: 0, latest: [] });
  });

  it('counts only this user’s unread notifications and favorites, and lists the latest first', async () => {
    const [user, other] = await Promise.all([createTestUser(), createTestUser()]);
    const ids: string[] = [];
    for (let i = 1; i <= 7; i++) {
      const [row] = await db
        .insert(notifications)
        .values({
          userId: user.id,
          type: 'SUCCESS',
          title: `N${i}`,
          message: 'm',
          createdAt: new Date(Date.UTC(2026, 0, i)),
        })
        .returning({ id: notifications.id });
      ids.push(row!.id);
    }
    await markNotificationRead(user.id, ids[6]!);
    await createNotification(db, { userId: other.id, type: 'ERROR', title: 'Not yours', message: 'm' });
    const [a, b] = await Promise.all([createTestWorkflow(), createTestWorkflow()]);
    await addFavorite(user.id, a.id);
    await addFavorite(user.id, b.id);
    await addFavorite(other.id, a.id);

    const summary = await getHeaderSummary(user.id, 3);
    expect(summary.unread).toBe(6);
    expect(summary.favoriteCount).toBe(2);
    expect(summary.latest.map((n) => [n.title, n.read])).toEqual([
      ['N7', true],
      ['N6', false],
      ['N5', false],
    ]);
    expect(summary.latest[0]!.createdAt).toBeInstanceOf(Date);
    expect(summary.latest[0]!.createdAt.toISOString()).toBe('2026-01-07T00:00:00.000Z');
    expect(summary.latest[0]).toMatchObject({ type: 'SUCCESS', message: 'm', link: null });
  });
});
