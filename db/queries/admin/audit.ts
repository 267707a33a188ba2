import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { db, type Executor } from '@/db';
import { auditLog, users } from '@/db/schema';
import { assertActiveAdmin } from './guard';

/**
 * The audit log: one writer (`writeAudit`) for every change that is audited, and the admin pages'
 * readers. An entry is filed under an entity (audit_log.entity_type + entity_id: what the admin pages
 * list and link to, lib/admin/audit-text.ts) and names its action; the pairs allowed are listed here.
 */
type AuditActions = {
  purchase: 'purchase.approve' | 'purchase.reject' | 'purchase.cancel' | 'purchase.expire' | 'purchase.expiry_warning';
  workflow:
    | 'workflow.create'
    | 'workflow.update'
    | 'workflow.expire'
    | 'workflow.delete'
    | 'workflow.add_asset'
    | 'workflow.delete_asset'
    | 'workflow.reorder_assets'
    | 'workflow.publish_release';
  category: 'category.create' | 'category.update' | 'category.delete';
  search_alias: 'search_alias.create' | 'search_alias.delete';
  user: 'user.role_change' | 'user.disable' | 'user.enable';
  contact_message: 'contact_message.resolve' | 'contact_message.reopen';
  /** A review, filed under its row in `comments` (the admin pages read 'comment' as a review, /admin/reviews). */
  comment: 'review.hide' | 'review.unhide';
  bank_transaction: 'bank_transaction.link' | 'bank_transaction.dismiss';
  /** A notification sent to one user or to everyone; its entity id is made up for the entry. */
  announcement: 'announcement.send';
};

export type AuditEntityType = keyof AuditActions;
/** Who acted: a user row (an admin, a buyer) or a process without one (a bank webhook, the expiry sweep). */
type AuditActorKind = 'admin' | 'bank' | 'system' | 'user';
export type AuditActor = { id: string | null; kind: AuditActorKind };

type AuditJson = Record<string, unknown>;

export type AuditEntry = {
  [E in AuditEntityType]: {
    actorId: string | null;
    /** 'admin' unless said otherwise. */
    actorKind?: AuditActorKind;
    entityType: E;
    action: AuditActions[E];
    entityId: string;
    before?: AuditJson | null;
    after?: AuditJson | null;
  };
}[AuditEntityType];

/**
 * Writes audit_log rows; call it on the transaction of the change it describes (a rollback drops the
 * entry with the change). One entry or several (a sweep's batch) in one INSERT.
 */
export async function writeAudit(tx: Executor, entries: AuditEntry | readonly AuditEntry[]): Promise<void> {
  const list = Array.isArray(entries) ? (entries as readonly AuditEntry[]) : [entries as AuditEntry];
  if (list.length === 0) return;
  await tx.insert(auditLog).values(
    list.map((entry) => ({
      actorId: entry.actorId,
      actorKind: entry.actorKind ?? 'admin',
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: entry.before ?? null,
      after: entry.after ?? null,
    })),
  );
}

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
export async function listAuditEntries(
  adminId: string,
  entityType: AuditEntityType,
  entityId: string,
): Promise<AuditItem[]> {
  await assertActiveAdmin(db, adminId);
  return db
    .select(columns)
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(200);
}
