import type { Fields, Outcome } from '../support/server-action';

/**
 * The authorization matrix (issue 16): for every page, route handler and server action of the build, what
 * each caller gets. e2e/authorization.spec.ts discovers the entry points from the build's manifests and
 * fails for one without a row here, so a new page or action cannot be forgotten.
 *
 * Callers: `anon` (signed out), `a` (the shopper who owns the objects: a pending purchase and its checkout,
 * an approved purchase with its invoice, notification and library item, a review), `b` (another shopper,
 * pointed at A's objects), `admin`.
 *
 * Expectations: an HTTP outcome (`ok` 2xx, `login` sent to /login, `404`, `403`, `401`, `405`, `redirect`
 * elsewhere, also an allowed answer). For server actions `refused` means: the call names A's object (or, for an admin action, a
 * real target) and ends in a message or a 404 while nothing is written. Every refusal (REFUSALS) is also
 * checked to have written nothing (every table compared before and after). A caller expected `ok` on an
 * action is sent an empty form, so it gets the validation message and changes nothing.
 */
export type Caller = 'anon' | 'a' | 'b' | 'admin';
export const CALLERS: Caller[] = ['anon', 'a', 'b', 'admin'];

export type Expect = Exclude<Outcome, '5xx' | 'other'> | 'refused';
/** The expectations that mean "not allowed": such a call must write nothing. */
export const REFUSALS: ReadonlySet<Expect> = new Set(['login', '404', '403', '401', '400', '405', 'refused']);
type PerCaller = Record<Caller, Expect>;

/** The objects the matrix points at, made by the spec before it runs. */
export type Objects = {
  slug: string; // a workflow A owns (approved purchase)
  workflowId: string;
  pendingPurchaseId: string; // A's unpaid purchase (its checkout page)
  activePurchaseId: string;
  invoiceId: string;
  notificationId: string;
  reviewId: string;
  assetId: string;
  releaseId: string; // the latest release of A's workflow
  userAId: string;
  categoryId: string;
  categorySlug: string;
};

export type RouteRow = PerCaller & { path: (o: Objects) => string; method?: 'GET' | 'POST' };
export type ActionRow = PerCaller & {
  /** The fields a refused caller sends: A's object, or a real target of an admin action. */
  fields: (o: Objects) => Fields;
  /** Part `0` of the request when the action takes other arguments than (state, formData). */
  args?: (o: Objects) => string;
};

const PUBLIC: PerCaller = { anon: 'ok', a: 'ok', b: 'ok', admin: 'ok' };
const SIGNED_IN: PerCaller = { anon: 'login', a: 'ok', b: 'ok', admin: 'ok' };
/** A's object: B gets the same 404 as for something that does not exist. */
const OWNER_ONLY: PerCaller = { anon: 'login', a: 'ok', b: '404', admin: '404' };
/** An invoice: its buyer and the admins. */
const BUYER_OR_ADMIN: PerCaller = { ...OWNER_ONLY, admin: 'ok' };
/** A private file or answer: 404 for anybody but the owner, signed out too (nothing to sign in for). */
const OWNER_FILE: PerCaller = { anon: '404', a: 'ok', b: '404', admin: '404' };
const ADMIN_ONLY: PerCaller = { anon: '404', a: '404', b: '404', admin: 'ok' };
/** The anonymous variant's internal routes: reached only through proxy.ts's rewrite. */
const INTERNAL: PerCaller = { anon: '404', a: '404', b: '404', admin: '404' };
const SIGNED_OUT_ONLY: PerCaller = { anon: 'ok', a: 'redirect', b: 'redirect', admin: 'redirect' };

const page = (row: PerCaller, path: string | ((o: Objects) => string)): RouteRow => ({
  ...row,
  path: typeof path === 'string' ? () => path : path,
});

export const PAGES: Record<string, RouteRow> = {
  '/': page(PUBLIC, '/'),
  '/about': page(PUBLIC, '/about'),
  // Any other URL: each language's own 404 page (app/[locale]/[...rest]).
  '/[...rest]': page(INTERNAL, '/no-such-page/here'),
  '/privacy': page(PUBLIC, '/privacy'),
  '/refund-policy': page(PUBLIC, '/refund-policy'),
  '/terms': page(PUBLIC, '/terms'),
  '/contact': page(PUBLIC, '/contact'),
  '/workflows': page(PUBLIC, '/workflows'),
  '/workflows/[slug]': page(PUBLIC, (o) => `/workflows/${o.slug}`),
  '/categories/[slug]': page(PUBLIC, (o) => `/categories/${o.categorySlug}`),
  '/login': page(SIGNED_OUT_ONLY, '/login'),
  '/register': page(SIGNED_OUT_ONLY, '/register'),
  '/forgot-password': page(PUBLIC, '/forgot-password'),
  '/reset-password': page(PUBLIC, '/reset-password'),
  '/confirm-email': page(PUBLIC, '/confirm-email'),
  '/account/favorites': page(SIGNED_IN, '/account/favorites'),
  '/account/favorites/add': page(SIGNED_IN, (o) => `/account/favorites/add?workflowId=${o.workflowId}`),
  '/account/library': page(SIGNED_IN, '/account/library'),
  '/account/notifications': page(SIGNED_IN, '/account/notifications'),
  '/account/purchases': page(SIGNED_IN, '/account/purchases'),
  '/account/settings': page(SIGNED_IN, '/account/settings'),
  '/account/invoices/[id]': page(BUYER_OR_ADMIN, (o) => `/account/invoices/${o.invoiceId}`),
  '/account/library/[slug]': page(OWNER_ONLY, (o) => `/account/library/${o.slug}`),
  '/checkout/[purchaseId]': page(OWNER_ONLY, (o) => `/checkout/${o.pendingPurchaseId}`),
  '/admin': page(ADMIN_ONLY, '/admin'),
  '/admin/announcements': page(ADMIN_ONLY, '/admin/announcements'),
  '/admin/categories': page(ADMIN_ONLY, '/admin/categories'),
  '/admin/mail': page(ADMIN_ONLY, '/admin/mail'),
  '/admin/messages': page(ADMIN_ONLY, '/admin/messages'),
  '/admin/payments': page(ADMIN_ONLY, '/admin/payments'),
  '/admin/purchases': page(ADMIN_ONLY, '/admin/purchases'),
  '/admin/purchases/[id]': page(ADMIN_ONLY, (o) => `/admin/purchases/${o.pendingPurchaseId}`),
  '/admin/reviews': page(ADMIN_ONLY, '/admin/reviews'),
  '/admin/search-aliases': page(ADMIN_ONLY, '/admin/search-aliases'),
  '/admin/users': page(ADMIN_ONLY, '/admin/users'),
  '/admin/users/[id]': page(ADMIN_ONLY, (o) => `/admin/users/${o.userAId}`),
  '/admin/workflows': page(ADMIN_ONLY, '/admin/workflows'),
  '/admin/workflows/[id]': page(ADMIN_ONLY, (o) => `/admin/workflows/${o.workflowId}`),
  '/admin/workflows/new': page(ADMIN_ONLY, '/admin/workflows/new'),
  '/public-view/about': page(INTERNAL, '/public-view/about'),
  '/public-view/privacy': page(INTERNAL, '/public-view/privacy'),
  '/public-view/refund-policy': page(INTERNAL, '/public-view/refund-policy'),
  '/public-view/terms': page(INTERNAL, '/public-view/terms'),
  '/public-view/home/[state]': page(INTERNAL, '/public-view/home/x'),
  '/public-view/catalog/[state]': page(INTERNAL, '/public-view/catalog/x'),
  '/public-view/category/[slug]/[state]': page(INTERNAL, (o) => `/public-view/category/${o.categorySlug}/x`),
  '/public-view/workflow/[slug]/[state]': page(INTERNAL, (o) => `/public-view/workflow/${o.slug}/x`),
};

const UNSIGNED_WEBHOOK: PerCaller = { anon: '401', a: '401', b: '401', admin: '401' };

export const ROUTES: Record<string, RouteRow> = {
  '/api/health': page(PUBLIC, '/api/health'),
  '/api/search/suggest': page(PUBLIC, '/api/search/suggest?q=slack'),
  '/robots.txt': page(PUBLIC, '/robots.txt'),
  '/sitemap.xml': page(PUBLIC, '/sitemap.xml'),
  '/og/opengraph-image': page(PUBLIC, '/og/opengraph-image'),
  '/workflows/[slug]/opengraph-image': page(PUBLIC, (o) => `/workflows/${o.slug}/opengraph-image`),
  '/categories/[slug]/opengraph-image': page(PUBLIC, (o) => `/categories/${o.categorySlug}/opengraph-image`),
  // The cards in another language than English (lib/og/meta.ts).
  '/og/[locale]/opengraph-image': page(PUBLIC, '/og/vi/opengraph-image'),
  '/og/[locale]/workflows/[slug]/opengraph-image': page(PUBLIC, (o) => `/og/vi/workflows/${o.slug}/opengraph-image`),
  '/og/[locale]/categories/[slug]/opengraph-image': page(
    PUBLIC,
    (o) => `/og/vi/categories/${o.categorySlug}/opengraph-image`,
  ),
  '/api/auth/[...nextauth]': page(PUBLIC, '/api/auth/session'),
  '/api/avatars/[key]': page(INTERNAL, '/api/avatars/no-such-avatar.webp'),
  '/media/[...key]': page(INTERNAL, '/media/covers/no-such-cover.webp'),
  '/api/invoices/[id]/pdf': page({ ...OWNER_FILE, admin: 'ok' }, (o) => `/api/invoices/${o.invoiceId}/pdf`),
  '/api/library/[slug]/workflow': page(OWNER_FILE, (o) => `/api/library/${o.slug}/workflow`),
  '/api/library/[slug]/files/[assetId]': page(OWNER_FILE, (o) => `/api/library/${o.slug}/files/${o.assetId}`),
  '/api/library/[slug]/releases/[releaseId]': page(OWNER_FILE, (o) => `/api/library/${o.slug}/releases/${o.releaseId}`),
  // The signed "Import into n8n" URL needs no session: a token it did not sign is refused for everybody
  // (a good, tampered and expired token: e2e/library-releases.spec.ts and tests/lib/workflows/import-token.test.ts).
  '/api/n8n-import/[token]': page(
    { anon: '403', a: '403', b: '403', admin: '403' },
    (o) => `/api/n8n-import/${o.activePurchaseId}.${o.releaseId}.9999999999.${'A'.repeat(43)}`,
  ),
  '/api/purchases/[id]/status': page(OWNER_FILE, (o) => `/api/purchases/${o.pendingPurchaseId}/status`),
  '/api/notifications/[id]/open': page(
    { ...OWNER_FILE, a: 'redirect' }, // opening marks it read and goes to its link
    (o) => `/api/notifications/${o.notificationId}/open`,
  ),
  '/admin/purchases/export': page(ADMIN_ONLY, '/admin/purchases/export'),
  '/admin/invoices/export': page(ADMIN_ONLY, '/admin/invoices/export'),
  '/api/favorites/after-login': {
    // Signed in, the posted favorite is added and the answer goes back to the page (e2e/bad-input.spec.ts).
    ...{ anon: 'login', a: 'redirect', b: 'redirect', admin: 'redirect' },
    method: 'POST',
    path: () => '/api/favorites/after-login',
  },
  '/api/payments/webhook': { ...UNSIGNED_WEBHOOK, method: 'POST', path: () => '/api/payments/webhook' },
  // The providers' own formats answer 404 unless their key is configured (not in the e2e server).
  '/api/payments/webhook/sepay': { ...INTERNAL, method: 'POST', path: () => '/api/payments/webhook/sepay' },
  '/api/payments/webhook/casso': { ...INTERNAL, method: 'POST', path: () => '/api/payments/webhook/casso' },
};

const ANYONE: PerCaller = { anon: 'ok', a: 'ok', b: 'ok', admin: 'ok' };
const USER: PerCaller = { anon: 'login', a: 'ok', b: 'ok', admin: 'ok' };
/** Names A's object: B is refused (a message, nothing written). */
const OWNER: PerCaller = { anon: 'login', a: 'ok', b: 'refused', admin: 'refused' };
const ADMIN: PerCaller = { anon: '404', a: '404', b: '404', admin: 'ok' };
const none = (): Fields => [];
const act = (row: PerCaller, fields: (o: Objects) => Fields = none, args?: ActionRow['args']): ActionRow => ({
  ...row,
  fields,
  args,
});

export const ACTIONS: Record<string, ActionRow> = {
  'actions/auth.ts#loginAction': act(ANYONE),
  'actions/auth.ts#registerAction': act(ANYONE),
  // The language switcher: anybody, back to the page in that language (English here, so the callers'
  // cookie jars do not send them to /vi afterwards).
  'actions/locale.ts#switchLocaleAction': act(
    { anon: 'redirect', a: 'redirect', b: 'redirect', admin: 'redirect' },
    () => [['locale', 'en']],
  ),
  'actions/auth.ts#signOutAction': act({ anon: 'redirect', a: 'redirect', b: 'redirect', admin: 'redirect' }),
  'actions/contact.ts#contactAction': act(ANYONE),
  'actions/password-reset.ts#forgotPasswordAction': act(ANYONE),
  'actions/password-reset.ts#resetPasswordAction': act(ANYONE),
  'actions/email-confirmation.ts#confirmEmailAction': act(ANYONE),
  'actions/email-confirmation.ts#resendConfirmationAction': act(USER),
  'actions/favorites.ts#setFavoriteAction': act(USER, (o) => [
    ['workflowId', o.workflowId],
    ['intent', 'add'],
  ]),
  'actions/purchases.ts#buyWorkflowAction': act(USER, (o) => [['workflowId', o.workflowId]]),
  'actions/purchases.ts#cancelPurchaseAction': act(OWNER, (o) => [
    ['purchaseId', o.pendingPurchaseId],
    ['confirmed', 'yes'],
  ]),
  'actions/reviews.ts#createReviewAction': act(USER, (o) => [
    ['workflowId', o.workflowId],
    ['rating', '1'],
    ['content', 'Written by somebody who does not own it.'],
  ]),
  'actions/reviews.ts#updateReviewAction': act(OWNER, (o) => [
    ['reviewId', o.reviewId],
    ['rating', '1'],
    ['content', 'Changed by somebody else.'],
  ]),
  'actions/reviews.ts#deleteReviewAction': act(OWNER, (o) => [
    ['reviewId', o.reviewId],
    ['confirmed', 'yes'],
  ]),
  'actions/notifications.ts#markNotificationReadAction': act(OWNER, (o) => [['id', o.notificationId]]),
  'actions/notifications.ts#deleteNotificationAction': act(OWNER, (o) => [['id', o.notificationId]]),
  'actions/notifications.ts#markAllNotificationsReadAction': act(USER),
  'actions/settings.ts#updateNameAction': act(USER, () => [['name', 'Renamed By Nobody']]),
  'actions/settings.ts#updateInvoiceDetailsAction': act(USER, () => [['company', 'Công ty của không ai']]),
  'actions/settings.ts#uploadAvatarAction': act(USER),
  'actions/settings.ts#removeAvatarAction': act(USER),
  'actions/settings.ts#changeEmailAction': act(USER),
  'actions/settings.ts#changePasswordAction': act(USER),
  'actions/settings.ts#deleteAccountAction': act(USER),
  // Ends every session of the account and sends to /login.
  'actions/settings.ts#signOutEverywhereAction': act({ anon: 'login', a: 'login', b: 'login', admin: 'login' }),
  // Only on /account/settings, which sends a signed-out visitor to /login before the action runs.
  'actions/settings.ts#orderAlertsAction': act({ ...ADMIN, anon: 'login' }, () => [['orderAlerts', 'each']]),
  'actions/announcements.ts#sendAnnouncementAction': act(ADMIN, () => [
    ['title', 'Not from the admin'],
    ['body', 'Sent by a shopper.'],
  ]),
  'actions/admin/categories.ts#createCategoryAction': act(ADMIN, () => [
    ['name', 'Made by a shopper'],
    ['slug', 'made-by-a-shopper'],
  ]),
  'actions/admin/categories.ts#updateCategoryAction': act(ADMIN, (o) => [
    ['id', o.categoryId],
    ['name', 'Renamed by a shopper'],
    ['slug', 'renamed-by-a-shopper'],
  ]),
  'actions/admin/categories.ts#deleteCategoryAction': act(ADMIN, (o) => [
    ['id', o.categoryId],
    ['confirmed', 'yes'],
  ]),
  'actions/admin/messages.ts#replyToMessageAction': act(ADMIN),
  'actions/admin/messages.ts#setMessageResolvedAction': act(ADMIN),
  'actions/admin/payments.ts#linkTransferAction': act(ADMIN),
  'actions/admin/payments.ts#dismissTransferAction': act(ADMIN),
  'actions/admin/payments.ts#previewStatementAction': act(ADMIN),
  'actions/admin/payments.ts#importStatementAction': act(ADMIN),
  'actions/admin/purchases.ts#approvePurchaseAction': act(ADMIN, (o) => [['purchaseId', o.pendingPurchaseId]]),
  'actions/admin/purchases.ts#rejectPurchaseAction': act(ADMIN, (o) => [
    ['purchaseId', o.pendingPurchaseId],
    ['reason', 'Refused by a shopper'],
    ['confirmed', 'yes'],
  ]),
  'actions/admin/purchases.ts#settlePurchasesAction': act(ADMIN, (o) => [
    ['purchaseIds', o.pendingPurchaseId],
    ['decision', 'approve'],
    ['confirmed', 'yes'],
  ]),
  'actions/admin/reviews.ts#setReviewHiddenAction': act(ADMIN, (o) => [
    ['reviewId', o.reviewId],
    ['hidden', 'true'],
  ]),
  'actions/admin/search-aliases.ts#createSearchAliasAction': act(ADMIN, () => [
    ['alias', 'shopper-alias'],
    ['target', 'n8n'],
  ]),
  'actions/admin/search-aliases.ts#deleteSearchAliasAction': act(ADMIN),
  'actions/admin/users.ts#setUserRoleAction': act(ADMIN, (o) => [
    ['userId', o.userAId],
    ['role', 'ADMIN'],
  ]),
  'actions/admin/users.ts#setUserDisabledAction': act(ADMIN, (o) => [
    ['userId', o.userAId],
    ['disabled', 'true'],
    ['confirmed', 'yes'],
  ]),
  'actions/admin/workflow-assets.ts#addWorkflowAssetAction': act(ADMIN, (o) => [['workflowId', o.workflowId]]),
  'actions/admin/workflow-assets.ts#deleteWorkflowAssetAction': act(ADMIN, (o) => [['assetId', o.assetId]]),
  'actions/admin/workflow-assets.ts#moveWorkflowAssetAction': act(ADMIN, (o) => [
    ['assetId', o.assetId],
    ['direction', 'up'],
  ]),
  'actions/admin/workflow-releases.ts#publishReleaseAction': act(ADMIN, (o) => [
    ['workflowId', o.workflowId],
    ['version', '9.0.0'],
    ['changelog', 'Published by a shopper'],
    ['definition', JSON.stringify({ nodes: [{ name: 'A', type: 'n8n-nodes-base.webhook' }], connections: {} })],
  ]),
  'actions/admin/workflows.ts#createWorkflowAction': act(ADMIN, () => [['title', 'Made by a shopper']]),
  'actions/admin/workflows.ts#updateWorkflowAction': act(ADMIN, (o) => [
    ['id', o.workflowId],
    ['title', 'Changed by a shopper'],
  ]),
  'actions/admin/workflows.ts#deleteWorkflowAction': act(ADMIN, (o) => [
    ['id', o.workflowId],
    ['confirmed', 'yes'],
  ]),
  'actions/admin/workflows.ts#previewMarkdownAction': act(ADMIN, none, () => JSON.stringify(['# Preview'])),
};
