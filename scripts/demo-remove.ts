/**
 * `npm run demo:remove`: deletes the demo accounts (published passwords) the way a shopper deletes their
 * own account — anonymised, unusable password, sessions ended — keeping their purchases, invoices and
 * reviews on the books (db/seed/demo.ts removeDemoAccounts). The demo catalogue stays: edit or hide it in
 * /admin. Running it again finds nothing to remove.
 */
import { countActiveAdmins } from '../db/seed/accounts';
import { removeDemoAccounts } from '../db/seed/demo';
import { CREATE_ADMIN_HINT } from './lib/prepare-database';
import { withOperatorDatabase } from './lib/operator-db';
import { loadDotEnv } from './lib/runtime';

loadDotEnv();
await withOperatorDatabase('remove the demo accounts', async (db, target) => {
  const removed = await removeDemoAccounts(db);
  console.log(
    removed.length === 0
      ? `No demo accounts in ${target}: nothing to remove.`
      : `Removed the demo accounts ${removed.join(', ')} from ${target} (their purchases and invoices stay).`,
  );
  if ((await countActiveAdmins(db)) === 0) console.log(`\nThe shop has no admin now. ${CREATE_ADMIN_HINT}`);
});
