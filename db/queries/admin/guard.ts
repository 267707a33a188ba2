import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { db, type Executor, type Transaction } from '@/db';
import { auditLog, users } from '@/db/schema';
import { AppError } from '@/lib/errors';

/**
 * Re-reads the actor from the database: only an ADMIN who is neither disabled nor deleted passes.
 * Every admin data-layer function calls this first, so a shopper who reaches one (a bypassed action
 * wrapper, a forged request) is refused here, where the data is.
 */
export async function assertActiveAdmin(executor: Executor, adminId: string): Promise<void> {
  const [row] = await executor
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, adminId), eq(users.role, 'ADMIN'), isNull(users.disabledAt), isNull(users.deletedAt)))
    .limit(1);
  if (!row) throw new AppError('forbidden', 'Only an admin can do this.');
}

/** One transaction that starts by re-checking the admin: what `fn` writes is committed with its audit entry or not at all. */
export function adminTransaction<T>(adminId: string, fn: (tx: Transaction) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await assertActiveAdmin(tx, adminId);
    return fn(tx);
  });
}

export type AuditEntry = {
  actorId: string | null;
  actorKind?: 'admin' | 'bank' | 'system' | 'user';
  action: string;
  entityType: string;
  entityId: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
};

/** Writes one audit_log row; call it inside the transaction of the change it describes. */
export async function writeAudit(tx: Executor, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    actorId: entry.actorId,
    actorKind: entry.actorKind ?? 'admin',
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}
