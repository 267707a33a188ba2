import { and, eq, isNull, type SQL } from 'drizzle-orm';
import { users } from './schema';

/**
 * The one definition of an account that may act: neither disabled nor deleted (password reset, email
 * confirmation and the sign-in alert reach only these).
 */
export function activeAccount(): SQL {
  return and(isNull(users.disabledAt), isNull(users.deletedAt))!;
}

/**
 * The one definition of an active admin, as a condition on `users`: role ADMIN, neither disabled nor
 * deleted. Plain module (not `server-only`): the data layer (`assertActiveAdmin` in
 * db/queries/admin/guard.ts, notifying the admins, the invoice viewer check, the last-admin lock) and
 * the operator scripts (db/seed/accounts.ts) all use it.
 */
export function activeAdmin(): SQL {
  return and(eq(users.role, 'ADMIN'), activeAccount())!;
}
