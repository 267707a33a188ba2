import 'server-only';
import { and, eq } from 'drizzle-orm';
import { db, type Executor, type Transaction } from '@/db';
import { activeAdmin } from '@/db/active-accounts';
import { users } from '@/db/schema';
import { AppError, em } from '@/lib/errors';

/** The refusal for anyone who is not an active admin. */
export function notAnAdmin(): AppError {
  return new AppError('forbidden', em('adminOnly'));
}

/**
 * Re-reads the actor from the database: only an active admin (`activeAdmin()`, db/active-accounts.ts) passes. Every admin
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
