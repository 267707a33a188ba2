import { sql } from 'drizzle-orm';
import { index, jsonb, integer, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { workflows } from './catalog';
import { bankTransactionStatus, paymentMethod, purchaseStatus } from './enums';
import { timestamps, users } from './users';

export const purchases = pgTable(
  'purchases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Purchases are the shop's books: a user or workflow with purchases is never hard-deleted.
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    workflowId: uuid('workflow_id')
      .notNull()
      .references(() => workflows.id, { onDelete: 'restrict' }),
    amount: numeric('amount', { precision: 12, scale: 2 }).notNull(),
    status: purchaseStatus('status').notNull().default('PENDING'),
    paymentMethod: paymentMethod('payment_method').notNull().default('QR'),
    transferReference: text('transfer_reference').notNull(),
    reviewedBy: uuid('reviewed_by').references(() => users.id, { onDelete: 'set null' }),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    rejectReason: text('reject_reason'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('purchases_transfer_reference_unique').on(t.transferReference),
    // At most one open (PENDING) or owned (ACTIVE) purchase per user and workflow.
    uniqueIndex('purchases_one_open_per_user_workflow')
      .on(t.userId, t.workflowId)
      .where(sql`${t.status} in ('PENDING', 'ACTIVE')`),
    index('purchases_user_created_idx').on(t.userId, t.createdAt),
    index('purchases_workflow_idx').on(t.workflowId),
    index('purchases_status_created_idx').on(t.status, t.createdAt),
    index('purchases_reviewed_by_idx').on(t.reviewedBy),
  ],
);

/**
 * The last invoice number issued in each year's series (`INV-<year>-<n>`). Taken by `UPDATE … RETURNING`
 * inside the approval transaction, so a rolled-back approval takes no number: the series has no gaps.
 */
export const invoiceCounters = pgTable('invoice_counters', {
  year: integer('year').primaryKey(),
  lastNumber: integer('last_number').notNull().default(0),
});

export type PartyDetails = {
  name: string;
  /** The seller's registered name (SHOP_LEGAL_NAME) when it differs from the shop's name. */
  legalName?: string;
  email?: string;
  /** The buyer's company, when they buy for one (settings: invoice details). */
  company?: string;
  address?: string;
  /** Mã số thuế (MST). */
  taxId?: string;
  bankName?: string;
  accountNumber?: string;
  accountName?: string;
  [key: string]: unknown;
};

export const invoices = pgTable(
  'invoices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    purchaseId: uuid('purchase_id')
      .notNull()
      .references(() => purchases.id, { onDelete: 'restrict' }),
    invoiceNumber: text('invoice_number').notNull(),
    amount: numeric('amount', { precision: 12, scale: 2 }).notNull(),
    currency: text('currency').notNull().default('VND'),
    buyerDetails: jsonb('buyer_details').$type<PartyDetails>().notNull(),
    sellerDetails: jsonb('seller_details').$type<PartyDetails>().notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('invoices_number_unique').on(t.invoiceNumber),
    index('invoices_purchase_idx').on(t.purchaseId),
    index('invoices_issued_at_idx').on(t.issuedAt),
  ],
);

/** Who did what to which row, with the row before and after. Written in the same transaction. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    /** 'admin', 'bank', 'system', 'user': who acted when there is no user row (a webhook, a sweep). */
    actorKind: text('actor_kind').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: uuid('entity_id').notNull(),
    before: jsonb('before').$type<Record<string, unknown> | null>(),
    after: jsonb('after').$type<Record<string, unknown> | null>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('audit_log_entity_idx').on(t.entityType, t.entityId, t.createdAt),
    index('audit_log_created_idx').on(t.createdAt),
    index('audit_log_actor_idx').on(t.actorId),
  ],
);

/** Incoming transfers reported by a bank-notification service or a statement import. */
export const bankTransactions = pgTable(
  'bank_transactions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    provider: text('provider').notNull(),
    providerTransactionId: text('provider_transaction_id').notNull(),
    accountNumber: text('account_number'),
    amount: numeric('amount', { precision: 14, scale: 2 }).notNull(),
    content: text('content').notNull(),
    transactionDate: timestamp('transaction_date', { withTimezone: true }).notNull(),
    status: bankTransactionStatus('status').notNull().default('UNMATCHED'),
    reason: text('reason'),
    purchaseId: uuid('purchase_id').references(() => purchases.id, { onDelete: 'set null' }),
    resolvedBy: uuid('resolved_by').references(() => users.id, { onDelete: 'set null' }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    raw: jsonb('raw').$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('bank_transactions_provider_tx_unique').on(t.provider, t.providerTransactionId),
    index('bank_transactions_status_created_idx').on(t.status, t.createdAt),
    index('bank_transactions_purchase_idx').on(t.purchaseId),
    index('bank_transactions_resolved_by_idx').on(t.resolvedBy),
  ],
);

export type Purchase = typeof purchases.$inferSelect;
export type NewPurchase = typeof purchases.$inferInsert;
export type Invoice = typeof invoices.$inferSelect;
export type AuditLogEntry = typeof auditLog.$inferSelect;
export type BankTransaction = typeof bankTransactions.$inferSelect;
