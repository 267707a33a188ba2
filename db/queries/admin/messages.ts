import 'server-only';
import { and, count, desc, eq, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { db } from '@/db';
import { contactMessages, users } from '@/db/schema';
import { AppError, em } from '@/lib/errors';
import { writeAudit } from './audit';
import { adminTransaction, assertActiveAdmin } from './guard';
import { ADMIN_PAGE_SIZE, offsetOf, pageOf, type Page } from './paging';

export type AdminMessage = {
  id: string;
  name: string;
  email: string;
  subject: string;
  message: string;
  hasAccount: boolean;
  reply: string | null;
  repliedAt: Date | null;
  resolvedAt: Date | null;
  resolvedByName: string | null;
  createdAt: Date;
};

export type MessageFilter = { state: 'open' | 'resolved' | 'all'; page: number };

const resolver = alias(users, 'resolver');

/** Contact messages, newest first; open ones are those nobody has marked resolved. */
export async function listContactMessages(adminId: string, filter: MessageFilter): Promise<Page<AdminMessage>> {
  await assertActiveAdmin(db, adminId);
  const where: SQL | undefined =
    filter.state === 'open'
      ? isNull(contactMessages.resolvedAt)
      : filter.state === 'resolved'
        ? isNotNull(contactMessages.resolvedAt)
        : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: contactMessages.id,
        name: contactMessages.name,
        email: contactMessages.email,
        subject: contactMessages.subject,
        message: contactMessages.message,
        hasAccount: sql<boolean>`${contactMessages.userId} is not null`,
        reply: contactMessages.reply,
        repliedAt: contactMessages.repliedAt,
        resolvedAt: contactMessages.resolvedAt,
        resolvedByName: resolver.name,
        createdAt: contactMessages.createdAt,
      })
      .from(contactMessages)
      .leftJoin(resolver, eq(resolver.id, contactMessages.resolvedBy))
      .where(where)
      .orderBy(desc(contactMessages.createdAt), desc(contactMessages.id))
      .limit(ADMIN_PAGE_SIZE)
      .offset(offsetOf(filter.page)),
    db.select({ n: count() }).from(contactMessages).where(where),
  ]);
  return pageOf(rows, total?.n ?? 0, filter.page);
}

/**
 * Marks a message resolved, or reopens it. A conditional update: of two admins clicking at once (or
 * one double click) the first wins and the second is told it already happened.
 */
export async function setMessageResolved(adminId: string, messageId: string, resolved: boolean): Promise<void> {
  await adminTransaction(adminId, async (tx) => {
    const [row] = await tx
      .update(contactMessages)
      .set(resolved ? { resolvedAt: sql`now()`, resolvedBy: adminId } : { resolvedAt: null, resolvedBy: null })
      .where(
        and(
          eq(contactMessages.id, messageId),
          resolved ? isNull(contactMessages.resolvedAt) : isNotNull(contactMessages.resolvedAt),
        ),
      )
      .returning({ subject: contactMessages.subject, email: contactMessages.email });
    if (!row) {
      const [exists] = await tx
        .select({ id: contactMessages.id })
        .from(contactMessages)
        .where(eq(contactMessages.id, messageId));
      if (!exists) throw new AppError('not_found', em('messageGone'));
      throw new AppError('conflict', resolved ? em('messageAlreadyResolved') : em('messageAlreadyOpen'));
    }
    await writeAudit(tx, {
      actorId: adminId,
      action: resolved ? 'contact_message.resolve' : 'contact_message.reopen',
      entityType: 'contact_message',
      entityId: messageId,
      before: { ...row, resolved: !resolved },
      after: { ...row, resolved },
    });
  });
}
