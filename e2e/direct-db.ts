import postgres from 'postgres';

/**
 * A connection to the e2e server's Postgres database (only when `hasDirectDb`): for reading what the
 * app wrote (a saved message, a queued mail row) and for inserting rows another feature would write.
 */
export function directDb() {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error('directDb() needs E2E_DATABASE_URL (run the e2e tests with TEST_DATABASE_URL).');
  return postgres(url, { max: 1, onnotice: () => {} });
}

export type DirectDb = ReturnType<typeof directDb>;
