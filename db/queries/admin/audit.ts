import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { db } from '@/db';
import { auditLog, users } from '@/db/schema';
import { assertActiveAdmin } from './guard';

export type AuditItem = {
  id: string;
  action: string;
  actorKind: string;
  actorName: string | null;
  actorEmail: string | null;
  entityType: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  createdAt: Date;
};

const columns = {
  id: auditLog.id,
  action: auditLog.action,
  actorKind: auditLog.actorKind,
  actorName: users.name,
  actorEmail: users.email,
  entityType: auditLog.entityType,
  entityId: auditLog.entityId,
  before: auditLog.before,
  after: auditLog.after,
  createdAt: auditLog.createdAt,
};

/** The newest audit entries across the shop (the dashboard's recent activity). */
export async function listRecentActivity(adminId: string, limit = 12): Promise<AuditItem[]> {
  await assertActiveAdmin(db, adminId);
  return db
    .select(columns)
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(limit);
}

/** Every audit entry of one row (a purchase's decisions, a user's role changes), newest first. */
export async function listAuditEntries(adminId: string, entityType: string, entityId: string): Promise<AuditItem[]> {
  await assertActiveAdmin(db, adminId);
  return db
    .select(columns)
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(200);
}
