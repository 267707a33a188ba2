/**
 * The database step of `npm start` and `npm run cluster`: migrate the configured database, then prepare
 * it (scripts/lib/prepare-database.ts: demo shop where wanted, ADMIN_EMAIL, the production refusal). The
 * handle is closed before the caller starts a server, so a PGlite folder is never opened twice.
 */
import { openConfigured } from '../../db/client';
import type { Env } from '../../lib/env';
import { isProductionLike, prepareDatabase, type PrepareResult } from './prepare-database';

export async function migrateAndPrepare(env: Env, log: (message: string) => void): Promise<PrepareResult> {
  const handle = openConfigured();
  try {
    await handle.migrate();
    return await prepareDatabase(
      handle.db,
      {
        embedded: !env.DATABASE_URL,
        production: isProductionLike(env),
        seedDemo: env.SEED_DEMO,
        allowDemoAccounts: env.ALLOW_DEMO_ACCOUNTS,
        adminEmail: env.ADMIN_EMAIL,
        adminPassword: env.ADMIN_PASSWORD,
      },
      log,
    );
  } finally {
    await handle.close();
  }
}
