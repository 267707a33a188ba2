/** Turns audit_log rows into a sentence and a link for the admin pages. Pure: no I/O. */
export type AuditLike = {
  action: string;
  entityType: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

const VERBS: Record<string, string> = {
  approve: 'approved',
  reject: 'rejected',
  create: 'created',
  update: 'updated',
  delete: 'deleted',
  role_change: 'changed the role of',
  disable: 'disabled',
  enable: 're-enabled',
  resolve: 'resolved',
  reopen: 'reopened',
  hide: 'hid',
  unhide: 'unhid',
  add_asset: 'added a file to',
  delete_asset: 'removed a file from',
  reorder_assets: 'reordered the files of',
  publish_release: 'published a new release of',
};

const NOUNS: Record<string, string> = {
  purchase: 'purchase',
  workflow: 'workflow',
  category: 'category',
  search_alias: 'search alias',
  user: 'user',
  contact_message: 'message',
  comment: 'review',
};

/** Whole actions whose sentence does not follow "verb noun". */
const SENTENCES: Record<string, string> = {
  'purchase.expire': 'closed the expired purchase',
  'purchase.cancel': 'cancelled purchase',
  'workflow.expire': 'retired workflow',
};

/** "approved purchase", "changed the role of user"; unknown actions read as their words. */
export function describeAction(entry: Pick<AuditLike, 'action' | 'entityType'>): string {
  const sentence = SENTENCES[entry.action];
  if (sentence) return sentence;
  const verb = entry.action.includes('.') ? entry.action.slice(entry.action.indexOf('.') + 1) : entry.action;
  const noun = NOUNS[entry.entityType] ?? entry.entityType.replace(/_/g, ' ');
  return `${VERBS[verb] ?? verb.replace(/[._]/g, ' ')} ${noun}`;
}

const LABEL_KEYS = ['title', 'name', 'email', 'transferReference', 'subject', 'slug'] as const;

/** The most telling name of the entity at the time (a title, an email, a transfer reference). */
export function entityLabel(entry: AuditLike): string {
  for (const source of [entry.after, entry.before]) {
    for (const key of LABEL_KEYS) {
      const value = source?.[key];
      if (typeof value === 'string' && value.trim()) return value;
    }
  }
  return entry.entityId.slice(0, 8);
}

/** Where the entity is managed in the admin area. */
export function entityHref(entry: Pick<AuditLike, 'entityType' | 'entityId'>): string | null {
  switch (entry.entityType) {
    case 'purchase':
      return `/admin/purchases/${entry.entityId}`;
    case 'workflow':
      return `/admin/workflows/${entry.entityId}`;
    case 'user':
      return `/admin/users/${entry.entityId}`;
    case 'category':
      return '/admin/categories';
    case 'search_alias':
      return '/admin/search-aliases';
    case 'contact_message':
      return '/admin/messages';
    case 'comment':
      return '/admin/reviews';
    default:
      return null;
  }
}
