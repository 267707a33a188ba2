/**
 * The deterministic demo shop: seeded into an empty database only (a second `npm start` keeps the data).
 * Everything is written in one transaction, so a failed seed leaves the database empty.
 */
import { randomUUID } from 'node:crypto';
import { and, count, inArray, isNull, sql } from 'drizzle-orm';
import { hashPassword } from '../../lib/auth/password';
import type { Database } from '../client';
import { eraseAccount } from '../queries/account-erasure';
import { users } from '../schema';
import { createOrPromoteAdmin, type AdminOutcome } from './accounts';
import { seedWorkflows, slugify } from './content';
import { addActiveSales, daysAgo, seedCatalog } from './demo-catalog';
import { seedCommerce, type SeededUser } from './demo-commerce';
import { ensureDemoFiles } from './demo-files';
import { seedEngagement } from './demo-engagement';
import { createRandom } from './random';
import { seedSearchAliases } from './search-aliases';

export type DemoAccount = { role: 'ADMIN' | 'USER'; email: string; password: string; name: string };

const ADMIN_PASSWORD = 'AdminDemo#2026';
const SHOPPER_PASSWORD = 'ShopperDemo#2026';

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { role: 'ADMIN', email: 'admin@usitech.local', password: ADMIN_PASSWORD, name: 'Lan Admin' },
  { role: 'USER', email: 'an@usitech.local', password: SHOPPER_PASSWORD, name: 'Nguyễn Văn An' },
  { role: 'USER', email: 'binh@usitech.local', password: SHOPPER_PASSWORD, name: 'Trần Thị Bình' },
  { role: 'USER', email: 'chi@usitech.local', password: SHOPPER_PASSWORD, name: 'Lê Minh Chi' },
  { role: 'USER', email: 'dung@usitech.local', password: SHOPPER_PASSWORD, name: 'Phạm Quốc Dũng' },
  { role: 'USER', email: 'em@usitech.local', password: SHOPPER_PASSWORD, name: 'Hoàng Thị Em' },
];

/** Any fixed number: two processes seeding one Postgres at once take turns, the second finds data. */
const SEED_LOCK = 7_262_026;
const SEED = 20_261_101;

export async function seedDemo(db: Database, log: (msg: string) => void = console.log): Promise<{ seeded: boolean }> {
  if (await hasUsers(db)) {
    await ensureDemoFiles(db);
    return { seeded: false };
  }
  const started = performance.now();
  // argon2 is slow on purpose: hash each distinct password once.
  const hashes = new Map<string, string>();
  for (const password of new Set(DEMO_ACCOUNTS.map((a) => a.password))) {
    hashes.set(password, await hashPassword(password));
  }

  const summary = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
    if (await hasUsers(tx)) return null;
    const rnd = createRandom(SEED);

    const accounts = await tx
      .insert(users)
      .values(
        DEMO_ACCOUNTS.map((a, i) => {
          const createdAt = a.role === 'ADMIN' ? daysAgo(130) : daysAgo(118 - i * 4 - rnd.next());
          return {
            email: a.email,
            name: a.name,
            passwordHash: hashes.get(a.password)!,
            role: a.role,
            createdAt,
            updatedAt: createdAt,
            // The demo's addresses count as confirmed (no confirmation banner on the demo accounts).
            emailVerifiedAt: createdAt,
          };
        }),
      )
      .returning({ id: users.id, name: users.name, email: users.email, role: users.role, createdAt: users.createdAt });
    const admin: SeededUser | undefined = accounts.find((u) => u.role === 'ADMIN');
    if (!admin) throw new Error('The demo admin was not created');
    const shoppers: SeededUser[] = accounts.filter((u) => u.role === 'USER');

    const catalog = await seedCatalog(tx, rnd);
    await seedSearchAliases(tx);
    const commerce = await seedCommerce(tx, rnd, admin, shoppers, catalog);
    await addActiveSales(tx);
    const appsBySlug = new Map(seedWorkflows.map((w) => [slugify(w.title), w.apps]));
    const engagement = await seedEngagement(tx, rnd, admin, shoppers, catalog, commerce.owned, appsBySlug);
    return { catalog, commerce, engagement, users: accounts.length };
  });
  // Files are not transactional: written once the rows that point at them are committed.
  const files = await ensureDemoFiles(db);
  if (!summary) return { seeded: false };

  const { catalog, commerce, engagement } = summary;
  const expired = catalog.filter((w) => w.status === 'expired').length;
  log(
    `Seeded the demo shop in ${Math.round(performance.now() - started)} ms: ${catalog.length} workflows ` +
      `(${expired} expired), ${summary.users} users, purchases ${commerce.counts.ACTIVE} active / ` +
      `${commerce.counts.PENDING} pending / ${commerce.counts.REJECT} rejected, ${commerce.invoices} invoices, ` +
      `${engagement.reviews} reviews (${engagement.hidden} hidden), ${engagement.favorites} favourites, ` +
      `${engagement.messages} contact messages, ${files} demo files.`,
  );
  return { seeded: true };
}

async function hasUsers(db: Pick<Database, 'select'>): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  return (row?.n ?? 0) > 0;
}

/**
 * ADMIN_EMAIL + ADMIN_PASSWORD: make sure that account exists and is an admin (created, or promoted with
 * the new password). Either one missing: nothing happens (undefined).
 */
export async function ensureAdminFromEnv(
  db: Database,
  email?: string,
  password?: string,
): Promise<AdminOutcome | undefined> {
  const address = email?.trim().toLowerCase();
  if (!address || !password) return undefined;
  return createOrPromoteAdmin(db, { email: address, password });
}

/** The demo accounts (published passwords) that can still sign in: not disabled, not deleted. */
export async function activeDemoAccounts(db: Pick<Database, 'select'>): Promise<string[]> {
  const rows = await db
    .select({ email: users.email })
    .from(users)
    .where(
      and(
        inArray(
          users.email,
          DEMO_ACCOUNTS.map((a) => a.email),
        ),
        isNull(users.disabledAt),
        isNull(users.deletedAt),
      ),
    );
  const present = new Set(rows.map((r) => r.email));
  return DEMO_ACCOUNTS.map((a) => a.email).filter((e) => present.has(e));
}

/**
 * `npm run demo:remove`: the demo accounts are deleted the way a shopper deletes their own account
 * (db/queries/settings.ts deleteAccount): email and name anonymised, an unusable password, `deleted_at`
 * set, sessions ended, favourites / notifications / tokens gone. Their purchases, invoices and reviews
 * stay (the shop's books keep their numbers). The demo catalogue is shop content and stays too.
 * One transaction; running it again finds nothing to remove.
 */
export async function removeDemoAccounts(db: Database): Promise<string[]> {
  const unusableHash = await hashPassword(randomUUID() + randomUUID());
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(
        and(
          inArray(
            users.email,
            DEMO_ACCOUNTS.map((a) => a.email),
          ),
          isNull(users.deletedAt),
        ),
      )
      .for('update');
    for (const { id } of rows) await eraseAccount(tx, id, unusableHash);
    return rows.map((r) => r.email);
  });
}
