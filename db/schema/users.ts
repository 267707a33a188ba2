import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { notificationType, userRole } from './enums';

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
};

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: userRole('role').notNull().default('USER'),
    avatarUrl: text('avatar_url'),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    /** Bumped when the password changes: JWTs carrying an older version stop working. */
    sessionVersion: integer('session_version').notNull().default(0),
    /** Set when an account is deleted: the row stays for the shop's books, the personal data goes. */
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    /** When the owner proved they read mail at `email` (a mailed link); null until then. */
    emailVerifiedAt: timestamp('email_verified_at', { withTimezone: true }),
    /** Admins: how a new order waiting for approval is mailed ('each' | 'digest' hourly | 'off'). */
    orderAlerts: text('order_alerts').notNull().default('each'),
    /** Admins on the hourly digest: the end of the period the last digest covered. */
    orderDigestAt: timestamp('order_digest_at', { withTimezone: true }),
    /** The language the user chose with the switcher ('en' | 'vi'): their emails and notifications use it. */
    locale: text('locale').notNull().default('en'),
    /** Invoice details (settings), copied onto each invoice when it is issued: the company bought for. */
    billingCompany: text('billing_company'),
    /** The buyer's address for invoices, one line. */
    billingAddress: text('billing_address'),
    /** The buyer's tax code (MST): 10 digits, or 10 digits, '-' and a 3-digit branch number. */
    billingTaxCode: text('billing_tax_code'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('users_email_unique').on(t.email),
    index('users_role_idx').on(t.role),
    index('users_created_at_idx').on(t.createdAt),
    check('users_email_lower_case', sql`${t.email} = lower(${t.email})`),
    check('users_order_alerts_valid', sql`${t.orderAlerts} in ('each', 'digest', 'off')`),
    check('users_locale_valid', sql`${t.locale} in ('en', 'vi')`),
    check('users_billing_tax_code_valid', sql`${t.billingTaxCode} ~ '^[0-9]{10}(-[0-9]{3})?$'`),
  ],
);

export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    type: notificationType('type').notNull(),
    title: text('title').notNull(),
    message: text('message').notNull(),
    link: text('link'),
    read: boolean('read').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('notifications_user_created_idx').on(t.userId, t.createdAt),
    index('notifications_user_unread_idx')
      .on(t.userId)
      .where(sql`${t.read} = false`),
  ],
);

export const passwordResetTokens = pgTable(
  'password_reset_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** sha256 of the token; the token itself is only ever in the emailed link. */
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('password_reset_tokens_hash_unique').on(t.tokenHash),
    index('password_reset_tokens_user_idx').on(t.userId),
  ],
);

/**
 * One row per signed-in browser. The session cookie (a JWT) carries this row's id; every request that
 * reads the session checks the row, so signing out, "sign out of all devices", a password or role change
 * and disabling an account end sessions on the server. `expiresAt` is the absolute end (30 days after
 * sign-in); `lastSeenAt` drives the idle timeout.
 */
export const userSessions = pgTable(
  'user_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    userAgent: text('user_agent'),
    ip: text('ip'),
  },
  (t) => [index('user_sessions_user_idx').on(t.userId), index('user_sessions_expires_idx').on(t.expiresAt)],
);

/**
 * A mailed link that confirms an address: the account's own (after registration) or a new one (an email
 * change takes effect when the new address confirms). Only the sha256 of the token is kept.
 */
export const emailConfirmationTokens = pgTable(
  'email_confirmation_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The address being confirmed (lower case). */
    email: text('email').notNull(),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('email_confirmation_tokens_hash_unique').on(t.tokenHash),
    index('email_confirmation_tokens_user_idx').on(t.userId),
  ],
);

export { timestamps };
export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Notification = typeof notifications.$inferSelect;
export type PasswordResetToken = typeof passwordResetTokens.$inferSelect;
export type UserSession = typeof userSessions.$inferSelect;
export type EmailConfirmationToken = typeof emailConfirmationTokens.$inferSelect;
