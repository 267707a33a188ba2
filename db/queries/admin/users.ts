import 'server-only';
import { and, asc, count, desc, eq, ilike, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import { db, type Transaction } from '@/db';
import { purchases, users, workflows, type PurchaseStatus, type UserRole } from '@/db/schema';
import { AppError, em } from '@/lib/errors';
import { revokeSessions } from '../sessions';
import { activeAdmin } from '@/db/active-accounts';
import { assertActiveAdmin, notAnAdmin } from './guard';
import { writeAudit } from './audit';
import { ADMIN_PAGE_SIZE, containsPattern, offsetOf, pageOf, type Page } from './paging';

export type AdminUserRow = {
  id: string;
  name: string;
  email: string;
  role: UserRole;
  disabledAt: Date | null;
  deletedAt: Date | null;
  createdAt: Date;
  purchaseCount: number;
};

const userColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  disabledAt: users.disabledAt,
  deletedAt: users.deletedAt,
  createdAt: users.createdAt,
};

export type UserFilter = { q: string; role: 'all' | UserRole; state: 'all' | 'active' | 'disabled'; page: number };

/** Users by name or email, newest first, with how many purchases each made. */
export async function listAdminUsers(adminId: string, filter: UserFilter): Promise<Page<AdminUserRow>> {
  await assertActiveAdmin(db, adminId);
  const conditions: SQL[] = [];
  if (filter.q) {
    const pattern = containsPattern(filter.q);
    conditions.push(or(ilike(users.email, pattern), ilike(users.name, pattern))!);
  }
  if (filter.role !== 'all') conditions.push(eq(users.role, filter.role));
  if (filter.state === 'active') conditions.push(isNull(users.disabledAt), isNull(users.deletedAt));
  if (filter.state === 'disabled') conditions.push(isNotNull(users.disabledAt));
  const where = conditions.length ? and(...conditions) : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select({ ...userColumns, purchaseCount: count(purchases.id) })
      .from(users)
      .leftJoin(purchases, eq(purchases.userId, users.id))
      .where(where)
      .groupBy(users.id)
      .orderBy(desc(users.createdAt), desc(users.id))
      .limit(ADMIN_PAGE_SIZE)
      .offset(offsetOf(filter.page)),
    db.select({ n: count() }).from(users).where(where),
  ]);
  return pageOf(rows, total?.n ?? 0, filter.page);
}

export type AdminUserPurchase = {
  id: string;
  workflowTitle: string;
  amount: string;
  status: PurchaseStatus;
  rejectReason: string | null;
  transferReference: string;
  createdAt: Date;
  reviewedAt: Date | null;
};

export type AdminUserDetail = Omit<AdminUserRow, 'purchaseCount'> & { purchases: AdminUserPurchase[] };

/** One user with every purchase they made, newest first. */
export async function getAdminUser(adminId: string, userId: string): Promise<AdminUserDetail | null> {
  await assertActiveAdmin(db, adminId);
  const [user] = await db.select(userColumns).from(users).where(eq(users.id, userId)).limit(1);
  if (!user) return null;
  const list = await db
    .select({
      id: purchases.id,
      workflowTitle: workflows.title,
      amount: purchases.amount,
      status: purchases.status,
      rejectReason: purchases.rejectReason,
      transferReference: purchases.transferReference,
      createdAt: purchases.createdAt,
      reviewedAt: purchases.reviewedAt,
    })
    .from(purchases)
    .innerJoin(workflows, eq(workflows.id, purchases.workflowId))
    .where(eq(purchases.userId, userId))
    .orderBy(desc(purchases.createdAt));
  return { ...user, purchases: list };
}

type Change = { role?: UserRole; disabled?: boolean };

/**
 * Changes a user's role or disabled flag, keeping at least one active admin. Every active admin row
 * is locked first (in id order, so two admins doing this at once take turns instead of deadlocking):
 * two admins demoting or disabling each other at the same moment cannot both succeed, and the last
 * admin cannot demote or disable themself.
 */
async function changeUser(adminId: string, userId: string, change: Change): Promise<void> {
  await db.transaction(async (tx) => {
    const admins = await tx
      .select({ id: users.id })
      .from(users)
      .where(activeAdmin())
      .orderBy(asc(users.id))
      .for('update');
    if (!admins.some((a) => a.id === adminId)) throw notAnAdmin();
    const target = await lockUser(tx, userId);
    const before = { email: target.email, role: target.role, disabled: target.disabledAt !== null };
    const after = {
      email: target.email,
      role: change.role ?? target.role,
      disabled: change.disabled ?? before.disabled,
    };
    if (after.role === before.role && after.disabled === before.disabled) {
      throw new AppError(
        'conflict',
        change.role ? em('userAlreadyRole') : after.disabled ? em('userAlreadyDisabled') : em('userAlreadyActive'),
        { values: { email: target.email, role: after.role } },
      );
    }
    const wasActiveAdmin = admins.some((a) => a.id === userId);
    const staysActiveAdmin = after.role === 'ADMIN' && !after.disabled;
    if (wasActiveAdmin && !staysActiveAdmin && admins.length <= 1) {
      throw new AppError('conflict', em('lastAdmin'));
    }
    await tx
      .update(users)
      .set({
        role: after.role,
        disabledAt: after.disabled ? (target.disabledAt ?? sql`now()`) : null,
        // Disabling ends every session for good: re-enabling means signing in again.
        ...(after.disabled && !before.disabled ? { sessionVersion: sql`${users.sessionVersion} + 1` } : {}),
      })
      .where(eq(users.id, userId));
    // A disabled account, and one whose role changed, is signed out everywhere (to sign in again).
    if (after.disabled || after.role !== before.role) await revokeSessions(userId, { tx });
    const action = change.role ? 'user.role_change' : after.disabled ? 'user.disable' : 'user.enable';
    await writeAudit(tx, { actorId: adminId, action, entityType: 'user', entityId: userId, before, after });
  });
}

async function lockUser(tx: Transaction, userId: string) {
  const [target] = await tx
    .select({ email: users.email, role: users.role, disabledAt: users.disabledAt, deletedAt: users.deletedAt })
    .from(users)
    .where(eq(users.id, userId))
    .for('update');
  if (!target || target.deletedAt) throw new AppError('not_found', em('userGone'));
  return target;
}

export function setUserRole(adminId: string, userId: string, role: UserRole): Promise<void> {
  return changeUser(adminId, userId, { role });
}

/** A disabled user cannot sign in, and their open sessions stop working on their next request. */
export function setUserDisabled(adminId: string, userId: string, disabled: boolean): Promise<void> {
  return changeUser(adminId, userId, { disabled });
}
