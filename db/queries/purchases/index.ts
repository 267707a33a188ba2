/**
 * Purchases: buying, the checkout, the approval effects (called by the admin screens and the bank
 * webhook), invoices and the buyer's library. One module per verb; this file is the public surface.
 */
export { approvePurchase } from './approve-purchase';
export { buyWorkflow } from './buy-workflow';
export { getCheckout, getPurchaseStatus } from './checkout';
export { expireStalePurchases } from './expire-purchases';
export { getInvoice, invoiceForMail, type InvoiceView } from './invoices';
export {
  getLibraryEntry,
  getOwnedAsset,
  getOwnedWorkflowDefinition,
  listLibrary,
  type LibraryEntryRecord,
  type LibraryItem,
} from './library';
export { downloadOwnedRelease, fetchImportRelease } from './releases';
export { listMyPurchases, type PurchaseListItem } from './list-purchases';
export { cancelPurchase, rejectPurchase } from './reject-purchase';
export { getViewerPurchaseState, type ViewerPurchaseState } from './viewer-state';
