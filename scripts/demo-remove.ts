/**
 * `npm run demo:remove`: deletes the demo accounts (published passwords) the way a shopper deletes their
 * own account — anonymised, unusable password, sessions ended — keeping their purchases, invoices and
 * reviews on the books (db/seed/demo.ts removeDemoAccounts). The demo catalogue stays: edit or hide it in
 * /admin. Running it again finds nothing to remove.
 */
import { openConfigured } from '../db/client';
import { countActiveAdmins } from '../db/seed/accounts';
import { removeDemoAccounts } from '../db/seed/demo';
import { CREATE_ADMIN_HINT } from './lib/prepare-database';
import { loadDotEnv } from './lib/runtime';

loadDotEnv();
const target = process.env.DATABASE_URL?.trim()
  ? 'Postgres (DATABASE_URL)'
  : `the embedded PGlite (${process.env.DATA_DIR || '.data'}/pglite)`;

let handle: ReturnType<typeof openConfigured> | undefined;
try {
  handle = openConfigured();
  await handle.migrate();
  const removed = await removeDemoAccounts(handle.db);
  console.log(
    removed.length === 0
      ? `No demo accounts in ${target}: nothing to remove.`
      : `Removed the demo accounts ${removed.join(', ')} from ${target} (their purchases and invoices stay).`,
  );
  if ((await countActiveAdmins(handle.db)) === 0) console.log(`\nThe shop has no admin now. ${CREATE_ADMIN_HINT}`);
} catch (error) {
  console.error(`Could not remove the demo accounts from ${target}: ${(error as Error).message}`);
  console.error(
    process.env.DATABASE_URL?.trim()
      ? 'Check that Postgres is running and that DATABASE_URL points at a database you can write to.'
      : 'Stop a running `npm start` / `npm run dev` first: only one process may open the PGlite folder.',
  );
  process.exitCode = 1;
} finally {
  await handle?.close();
}
