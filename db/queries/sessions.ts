import 'server-only';
import { and, eq, isNull, lt, ne, or, sql } from 'drizzle-orm';
import { db, preparedOnce, type Executor } from '@/db';
import { userSessions, users } from '@/db/schema';
import { sessionColumns, type SessionUser } from './users';

/** A session ends 30 days after sign-in, whatever happens in between (absolute lifetime). */
export const SESSION_LIFETIME_MS = 30 * 24 * 3_600_000;
/** …and sooner when the browser has not been seen for 7 days (idle timeout). */
export const SESSION_IDLE_MS = 7 * 24 * 3_600_000;
/** `last_seen_at` is written at most this often per session, not on every request. */
export const SESSION_TOUCH_MS = 5 * 60_000;

export type ActiveSession = { id: string; expiresAt: Date; user: SessionUser };

/** Records a sign-in: the row whose id the session cookie carries. */
export async function createSession(
  userId: string,
  client: { userAgent?: string | null; ip?: string | null } = {},
  now = new Date(),
): Promise<{ id: string; expiresAt: Date }> {
  const [row] = await db
    .insert(userSessions)
    .values({
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS),
      userAgent: client.userAgent?.slice(0, 512) || null,
      ip: client.ip?.slice(0, 64) || null,
    })
    .returning({ id: userSessions.id, expiresAt: userSessions.expiresAt });
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Every signed-in request reads its session row: one statement, built once (db/index.ts preparedOnce). */
const sessionRow = preparedOnce((database) =>
  database
    .select({
      id: userSessions.id,
      expiresAt: userSessions.expiresAt,
      lastSeenAt: userSessions.lastSeenAt,
      revokedAt: userSessions.revokedAt,
      user: sessionColumns,
    })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .where(and(eq(userSessions.id, sql.placeholder('sessionId')), eq(userSessions.userId, sql.placeholder('userId'))))
    .limit(1)
    .prepare('active_session'),
);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The session `sessionId` of user `userId` with its user, when it is still good: not revoked, before
 * its absolute end, seen within the idle timeout, and the account neither disabled nor deleted; also
 * `sessionVersion` (from the cookie) must still be the account's (bumping it ends every session at
 * once: password reset, account deletion, disabling). Otherwise null. One read; `last_seen_at` is
 * moved forward only when it is older than SESSION_TOUCH_MS.
 */
export async function getActiveSession(
  sessionId: string,
  userId: string,
  sessionVersion: number,
  now = new Date(),
): Promise<ActiveSession | null> {
  if (!UUID.test(sessionId) || !UUID.test(userId)) return null;
  const [row] = await sessionRow().execute({ sessionId, userId });
  if (!row || row.revokedAt) return null;
  if (row.expiresAt.getTime() <= now.getTime()) return null;
  if (row.lastSeenAt.getTime() <= now.getTime() - SESSION_IDLE_MS) return null;
  const { disabledAt, deletedAt, ...user } = row.user;
  if (disabledAt || deletedAt || user.sessionVersion !== sessionVersion) return null;
  if (row.lastSeenAt.getTime() < now.getTime() - SESSION_TOUCH_MS) {
    await db
      .update(userSessions)
      .set({ lastSeenAt: now })
      .where(and(eq(userSessions.id, sessionId), isNull(userSessions.revokedAt), lt(userSessions.lastSeenAt, now)));
  }
  return { id: row.id, expiresAt: row.expiresAt, user };
}

/** Ends one session (sign-out). Idempotent: an already ended session keeps its first end. */
export async function revokeSession(sessionId: string, executor: Executor = db): Promise<void> {
  if (!UUID.test(sessionId)) return;
  await executor
    .update(userSessions)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(userSessions.id, sessionId), isNull(userSessions.revokedAt)));
}

/**
 * Ends the sessions of `userId`: all of them ("sign out of all devices", disabling, a role change,
 * deleting the account), or all but `keep` (after a password or email change in this browser, this browser
 * stays signed in and every other one is signed out). Pass the caller's transaction as `tx`, so the
 * sessions end together with the change (or not at all). Answers how many ended.
 */
export async function revokeSessions(
  userId: string,
  { keep, tx = db }: { keep?: string; tx?: Executor } = {},
): Promise<number> {
  const rows = await tx
    .update(userSessions)
    .set({ revokedAt: sql`now()` })
    .where(
      and(
        eq(userSessions.userId, userId),
        isNull(userSessions.revokedAt),
        keep ? ne(userSessions.id, keep) : undefined,
      ),
    )
    .returning({ id: userSessions.id });
  return rows.length;
}

/**
 * Maintenance: deletes the rows of sessions that ended (revoked, past their absolute end, or idle
 * since) before `before`. A live session is never touched.
 */
export async function pruneSessions(before: Date, executor: Executor = db): Promise<number> {
  const rows = await executor
    .delete(userSessions)
    .where(
      or(lt(userSessions.revokedAt, before), lt(userSessions.expiresAt, before), lt(userSessions.lastSeenAt, before)),
    )
    .returning({ id: userSessions.id });
  return rows.length;
}
