/**
 * One advisory-lock key per periodic chore (any fixed numbers, unused elsewhere). Every instance of the
 * app runs the maintenance timer; the lock makes each chore run in one of them at a time, cluster-wide
 * (db/queries/maintenance.ts). Pure: the e2e specs that compare the database around each request hold
 * these locks so that no chore writes in the background meanwhile (e2e/support/db-snapshot.ts).
 */
export const CHORE_LOCKS = {
  warnings: 7_262_101,
  expiry: 7_262_102,
  rateLimits: 7_262_103,
  sessions: 7_262_104,
  searchChanges: 7_262_105,
} as const;
