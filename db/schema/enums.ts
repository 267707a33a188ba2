import { pgEnum } from 'drizzle-orm/pg-core';

export const userRole = pgEnum('user_role', ['USER', 'ADMIN']);
export const workflowStatus = pgEnum('workflow_status', ['active', 'expired']);
export const purchaseStatus = pgEnum('purchase_status', ['ACTIVE', 'PENDING', 'REJECT']);
export const paymentMethod = pgEnum('payment_method', ['QR']);
export const notificationType = pgEnum('notification_type', ['SUCCESS', 'WARNING', 'ERROR']);
export const assetKind = pgEnum('asset_kind', ['image', 'video', 'file', 'doc']);
export const bankTransactionStatus = pgEnum('bank_transaction_status', ['MATCHED', 'UNMATCHED', 'DISMISSED']);

export type UserRole = (typeof userRole.enumValues)[number];
export type WorkflowStatus = (typeof workflowStatus.enumValues)[number];
export type PurchaseStatus = (typeof purchaseStatus.enumValues)[number];
export type NotificationType = (typeof notificationType.enumValues)[number];
export type AssetKind = (typeof assetKind.enumValues)[number];
export type BankTransactionStatus = (typeof bankTransactionStatus.enumValues)[number];
