import 'server-only';
import { and, eq, isNull, type SQL } from 'drizzle-orm';
import { db, type Executor, type Transaction } from '@/db';
import { users } from '@/db/schema';
import { AppError } from '@/lib/errors';

/**
 * The one definition of an active admin, as a condition on `users`: role ADMIN, neither disabled nor
 * deleted. Queries that pick admins (notify every admin, lock them all, "is this viewer an admin")
 * use it; a check of one actor goes through `assertActiveAdmin`.
 */
export function activeAdmin(): SQL {
  return and(eq(users.role, 'ADMIN'), isNull(users.disabledAt), isNull(users.deletedAt))!;
}

/** The refusal for anyone who is not an active admin. */
export function notAnAdmin(): AppError {
  return new AppError('forbidden', 'Only an admin can do this.');
}

/**
 * Re-reads the actor from the database: only an active admin (`activeAdmin()`) passes. Every admin
 * data-layer function calls this first (or runs in `adminTransaction`), so a shopper who reaches one
 * (a bypassed action wrapper, a forged request) is refused here, where the data is.
 */
export async function assertActiveAdmin(executor: Executor, adminId: string): Promise<void> {
  const [row] = await executor
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, adminId), activeAdmin()))
    .limit(1);
  if (!row) throw notAnAdmin();
}

/** One transaction that starts by re-checking the admin: what `fn` writes is committed with its audit entry or not at all. */
export function adminTransaction<T>(adminId: string, fn: (tx: Transaction) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await assertActiveAdmin(tx, adminId);
    return fn(tx);
  });
}
