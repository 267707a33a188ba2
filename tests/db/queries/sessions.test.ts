import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { setUserDisabled, setUserRole } from '@/db/queries/admin/users';
import { runMaintenance } from '@/db/queries/maintenance';
import {
  createSession,
  getActiveSession,
  revokeSession,
  revokeSessions,
  SESSION_IDLE_MS,
  SESSION_LIFETIME_MS,
} from '@/db/queries/sessions';
import { deleteAccount } from '@/db/queries/settings';
import { userSessions } from '@/db/schema';
import { createTestUser, TEST_PASSWORD } from '../../helpers/factories';

const DAY = 24 * 3_600_000;
const row = async (id: string) => (await db.select().from(userSessions).where(eq(userSessions.id, id)))[0];
const active = (s: { id: string }, user: { id: string; sessionVersion: number }, now?: Date) =>
  getActiveSession(s.id, user.id, user.sessionVersion, now);

describe('user sessions', () => {
  it('a sign-in makes a row that ends 30 days later, with the browser and address', async () => {
    const user = await createTestUser({ name: 'Session Owner' });
    const now = new Date();
    const session = await createSession(user.id, { userAgent: 'Test Browser/1.0', ip: '203.0.113.9' }, now);
    expect(session.expiresAt.getTime()).toBe(now.getTime() + SESSION_LIFETIME_MS);
    expect(await row(session.id)).toMatchObject({
      userId: user.id,
      userAgent: 'Test Browser/1.0',
      ip: '203.0.113.9',
      revokedAt: null,
    });
    expect(await active(session, user)).toMatchObject({
      id: session.id,
      user: {
        id: user.id,
        name: 'Session Owner',
        email: user.email,
        role: 'USER',
        sessionVersion: user.sessionVersion,
      },
    });
  });

  it('sign-out ends that session only, and stays ended', async () => {
    const user = await createTestUser();
    const [mine, other] = [await createSession(user.id), await createSession(user.id)];
    await revokeSession(mine.id);
    const revokedAt = (await row(mine.id))?.revokedAt;
    expect(revokedAt).toBeInstanceOf(Date);
    await revokeSession(mine.id);
    expect((await row(mine.id))?.revokedAt).toEqual(revokedAt);
    expect(await active(mine, user)).toBeNull();
    expect(await active(other, user)).not.toBeNull();
  });

  it('ends every other session of the account, or all of them, and never another account’s', async () => {
    const user = await createTestUser();
    const stranger = await createTestUser();
    const [here, a, b] = [await createSession(user.id), await createSession(user.id), await createSession(user.id)];
    const theirs = await createSession(stranger.id);
    expect(await revokeSessions(user.id, { keep: here.id })).toBe(2);
    expect(await active(here, user)).not.toBeNull();
    expect(await active(a, user)).toBeNull();
    expect(await active(b, user)).toBeNull();
    expect(await revokeSessions(user.id)).toBe(1);
    expect(await active(here, user)).toBeNull();
    expect(await active(theirs, stranger)).not.toBeNull();
  });

  it('ends at its absolute end however recently it was used', async () => {
    const user = await createTestUser();
    const signedIn = new Date(Date.now() - SESSION_LIFETIME_MS - 60_000);
    const session = await createSession(user.id, {}, signedIn);
    await db.update(userSessions).set({ lastSeenAt: new Date() }).where(eq(userSessions.id, session.id));
    expect(await active(session, user)).toBeNull();
    expect(await active(session, user, new Date(session.expiresAt.getTime() - 60_000))).not.toBeNull();
  });

  it('ends after 7 days without a visit; a visit moves last_seen_at, at most every few minutes', async () => {
    const user = await createTestUser();
    const idle = await createSession(user.id, {}, new Date(Date.now() - SESSION_IDLE_MS - 60_000));
    expect(await active(idle, user)).toBeNull();

    const used = await createSession(user.id, {}, new Date(Date.now() - SESSION_IDLE_MS + DAY));
    const now = new Date();
    expect(await active(used, user, now)).not.toBeNull();
    expect((await row(used.id))?.lastSeenAt).toEqual(now);
    // Seen a moment ago: no write.
    expect(await active(used, user, new Date(now.getTime() + 60_000))).not.toBeNull();
    expect((await row(used.id))?.lastSeenAt).toEqual(now);
  });

  it('gives nothing for a disabled, deleted or re-roled account, a stale session version or a foreign id', async () => {
    const admin = await createTestUser({ role: 'ADMIN' });
    const [disabled, deleted, promoted] = [await createTestUser(), await createTestUser(), await createTestUser()];
    const sessions = {
      disabled: await createSession(disabled.id),
      deleted: await createSession(deleted.id),
      promoted: await createSession(promoted.id),
    };
    await setUserDisabled(admin.id, disabled.id, true);
    await deleteAccount(deleted.id, TEST_PASSWORD);
    await setUserRole(admin.id, promoted.id, 'ADMIN');
    expect(await active(sessions.disabled, disabled)).toBeNull();
    expect(await getActiveSession(sessions.disabled.id, disabled.id, disabled.sessionVersion + 1)).toBeNull();
    expect(await active(sessions.deleted, deleted)).toBeNull();
    expect(await active(sessions.promoted, promoted)).toBeNull();
    // Re-enabling does not bring an old session back.
    await setUserDisabled(admin.id, disabled.id, false);
    expect(await getActiveSession(sessions.disabled.id, disabled.id, disabled.sessionVersion + 1)).toBeNull();

    const user = await createTestUser();
    const session = await createSession(user.id);
    expect(await getActiveSession(session.id, user.id, user.sessionVersion + 1)).toBeNull();
    expect(await getActiveSession(session.id, admin.id, admin.sessionVersion)).toBeNull();
    expect(await getActiveSession('not-a-uuid', user.id, user.sessionVersion)).toBeNull();
    await revokeSession('not-a-uuid');
  });

  it('maintenance deletes the rows of sessions that ended over 30 days ago, never a live one', async () => {
    const user = await createTestUser();
    const long = 31 * DAY;
    const live = await createSession(user.id);
    await createSession(user.id, {}, new Date(Date.now() - SESSION_LIFETIME_MS - long)); // expired
    const idle = await createSession(user.id);
    await db
      .update(userSessions)
      .set({ lastSeenAt: new Date(Date.now() - long) })
      .where(eq(userSessions.id, idle.id));
    const revokedLongAgo = await createSession(user.id);
    await db
      .update(userSessions)
      .set({ revokedAt: new Date(Date.now() - long) })
      .where(eq(userSessions.id, revokedLongAgo.id));
    const revokedToday = await createSession(user.id);
    await revokeSession(revokedToday.id);

    expect((await runMaintenance()).prunedSessions).toBeGreaterThanOrEqual(3);
    const left = await db.select({ id: userSessions.id }).from(userSessions).where(eq(userSessions.userId, user.id));
    expect(left.map((s) => s.id).sort()).toEqual([live.id, revokedToday.id].sort());
  });

  describe.runIf(process.env.TEST_DRIVER === 'postgres')('at the same moment', () => {
    it('visits in flight do not bring back the sessions "sign out of all devices" ends', async () => {
      const user = await createTestUser();
      const tenMinutesAgo = new Date(Date.now() - 10 * 60_000);
      const sessions = await Promise.all(Array.from({ length: 5 }, () => createSession(user.id, {}, tenMinutesAgo)));
      const visits = () => sessions.map((s) => active(s, user));
      await Promise.all([...visits(), revokeSessions(user.id), ...visits()]);
      for (const session of sessions) {
        expect((await row(session.id))?.revokedAt).toBeInstanceOf(Date);
        expect(await active(session, user)).toBeNull();
      }
    });
  });
});
