/**
 * Purchases: buying, the checkout, the approval effects (called by the admin screens and the bank
 * webhook), invoices and the buyer's library. One module per verb; this file is the public surface.
 */
export { approvePurchase, type ApprovedPurchase } from './approve-purchase';
export { buyWorkflow, type BuyResult } from './buy-workflow';
export { getCheckout, getPurchaseStatus, type CheckoutView, type PurchaseStatusView } from './checkout';
export { expireStalePurchases, sweepExpiredPurchases } from './expire-purchases';
export { getInvoice, type InvoiceView } from './invoices';
export {
  getLibraryEntry,
  getOwnedAsset,
  getOwnedWorkflowDefinition,
  listLibrary,
  type LibraryEntryRecord,
  type LibraryItem,
  type OwnedAsset,
} from './library';
export { listMyPurchases, type PurchaseListItem } from './list-purchases';
export { cancelPurchase, rejectPurchase, REJECT_REASON_MAX, type RejectedPurchase } from './reject-purchase';
export { getViewerPurchaseState, getWorkflowForSale, type ViewerPurchaseState, type WorkflowForSale } from './viewer-state';
