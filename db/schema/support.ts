import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { MailAttachmentRef } from '../../lib/mail/attachments';
import { users } from './users';

export const contactMessages = pgTable(
  'contact_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    subject: text('subject').notNull(),
    message: text('message').notNull(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    reply: text('reply'),
    repliedAt: timestamp('replied_at', { withTimezone: true }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolvedBy: uuid('resolved_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('contact_messages_created_idx').on(t.createdAt),
    index('contact_messages_open_idx')
      .on(t.createdAt)
      .where(sql`${t.resolvedAt} is null`),
    index('contact_messages_user_idx').on(t.userId),
    index('contact_messages_resolved_by_idx').on(t.resolvedBy),
  ],
);

/**
 * Outgoing mail as a delivery queue: queued in the transaction of the change that causes it ('pending'),
 * delivered by the mail queue ('sent', or 'failed' after the last attempt), retried with backoff.
 * A token-bearing message (`sensitive`) is kept encrypted while pending and its body is dropped once sent.
 */
export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html'),
    /** 'pending', 'sent', 'failed' ('logged': delivered to the embedded demo's outbox view). */
    status: text('status').notNull(),
    /** The last delivery error. */
    error: text('error'),
    /** The message carries a secret (a reset or confirmation link): encrypted at rest, body dropped when sent. */
    sensitive: boolean('sensitive').notNull().default(false),
    attempts: integer('attempts').notNull().default(0),
    /**
     * What to attach, by reference (`MailAttachmentRef[]`, lib/mail/attachments.ts): rendered when the
     * message is delivered (the invoice PDF from its row, the QR PNG from its payload), never stored.
     */
    attachments: jsonb('attachments').$type<MailAttachmentRef[]>(),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('email_outbox_to_created_idx').on(t.to, t.createdAt),
    index('email_outbox_pending_idx')
      .on(t.nextAttemptAt)
      .where(sql`${t.status} = 'pending'`),
  ],
);

/** Fixed-window counters shared by every app instance (contact form, sign-in attempts). */
export const rateLimits = pgTable(
  'rate_limits',
  {
    key: text('key').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [
    primaryKey({ name: 'rate_limits_pk', columns: [t.key, t.windowStart] }),
    index('rate_limits_window_idx').on(t.windowStart),
  ],
);

export type ContactMessage = typeof contactMessages.$inferSelect;
export type EmailOutboxEntry = typeof emailOutbox.$inferSelect;
