/**
 * Approves a purchase through the app's own data layer (db/queries/purchases → approvePurchase), against
 * the e2e server's Postgres, as the admin screens will. Runs as a child process with the react-server
 * condition, so `import 'server-only'` resolves to its empty server build; nothing is exposed over HTTP.
 *
 *   E2E_DATABASE_URL=… node --conditions=react-server --import tsx e2e/support/approve-purchase.ts <purchaseId> <adminEmail>
 */
import { eq } from 'drizzle-orm';

const [purchaseId, adminEmail] = process.argv.slice(2);
if (!purchaseId || !adminEmail || !process.env.E2E_DATABASE_URL) {
  console.error('usage: E2E_DATABASE_URL=… approve-purchase.ts <purchaseId> <adminEmail>');
  process.exit(2);
}
process.env.DATABASE_URL = process.env.E2E_DATABASE_URL;

const { db, dbHandle } = await import('../../db');
const { users } = await import('../../db/schema');
const { approvePurchase } = await import('../../db/queries/purchases');
try {
  const [admin] = await db.select({ id: users.id }).from(users).where(eq(users.email, adminEmail));
  if (!admin) throw new Error(`No user ${adminEmail}`);
  console.log(JSON.stringify(await approvePurchase(admin.id, purchaseId)));
} finally {
  await dbHandle().close();
}
