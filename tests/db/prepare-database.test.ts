/**
 * Finding 1 of issue 19 ("No published passwords on a real database"): what `npm start` does to a
 * database (scripts/lib/prepare-database.ts). Each scenario gets its own fresh, migrated database.
 * On the code before the fix, start seeded the demo shop (admin@usitech.local / AdminDemo#2026) into
 * any empty database, added ADMIN_EMAIL beside the demo admin, and served demo accounts in production.
 */
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { invoices, purchases, users } from '@/db/schema';
import { createOrPromoteAdmin } from '@/db/seed/accounts';
import { activeDemoAccounts, DEMO_ACCOUNTS, removeDemoAccounts } from '@/db/seed/demo';
import { verifyPassword } from '@/lib/auth/password';
import { isProductionLike, prepareDatabase, type PrepareOptions } from '@/scripts/lib/prepare-database';
import { createTestDatabase } from '../setup/test-db';
import { TEST_PASSWORD_HASH } from '../helpers/factories';
import { testHandle } from '../helpers/db';

const opened: DbHandle[] = [];
async function freshDatabase(): Promise<DbHandle> {
  const handle = await createTestDatabase();
  opened.push(handle);
  return handle;
}
afterAll(async () => {
  for (const h of opened) await h.close();
});

/** A Postgres database (DATABASE_URL set) in development, nothing asked for. */
const real: PrepareOptions = { embedded: false, production: false, seedDemo: false, allowDemoAccounts: false };
const demoEmails = DEMO_ACCOUNTS.map((a) => a.email);

/** The scenarios that write users only share the file's database, emptied of users: a fresh one. */
async function emptyUsers(h: DbHandle) {
  await h.db.delete(users).where(sql`true`);
}

async function accounts(h: DbHandle) {
  return h.db.select({ email: users.email, role: users.role, hash: users.passwordHash }).from(users);
}

describe('npm start on a real (DATABASE_URL) database', () => {
  // These scenarios write users only: the file's database, emptied before each, is a fresh one.
  beforeEach(async () => {
    await emptyUsers(testHandle());
  });
  it('gives an empty database migrations only: no users, and says how to create the first admin', async () => {
    const h = testHandle();
    const result = await prepareDatabase(h.db, real);
    expect(result.ok).toBe(true);
    expect(result.seeded).toBe(false);
    expect(await accounts(h)).toEqual([]);
    const text = result.messages.join('\n');
    expect(text).toContain('SEED_DEMO=1');
    expect(text).toContain('ADMIN_EMAIL=');
    expect(text).toContain('npm run admin:create -- --email');

    // A second start changes nothing either.
    expect((await prepareDatabase(h.db, real)).seeded).toBe(false);
    expect(await accounts(h)).toEqual([]);
  });

  it('creates only the ADMIN_EMAIL admin, never the demo admin beside it, and is idempotent', async () => {
    const h = testHandle();
    const opts = { ...real, adminEmail: 'Owner@Shop.vn', adminPassword: 'a long owner passphrase' };
    const first = await prepareDatabase(h.db, opts);
    expect(first.ok && first.admin).toEqual({ email: 'owner@shop.vn', outcome: 'created' });
    const rows = await accounts(h);
    expect(rows.map((r) => [r.email, r.role])).toEqual([['owner@shop.vn', 'ADMIN']]);
    expect(rows[0]!.hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(rows[0]!.hash, 'a long owner passphrase')).toBe(true);
    // No "create an admin" hint once there is one.
    expect(first.messages.join('\n')).not.toContain('admin:create');

    const again = await prepareDatabase(h.db, opts);
    expect(again.ok && again.admin?.outcome).toBe('unchanged');
    expect(await h.db.$count(users)).toBe(1);
  });

  it('promotes an existing shopper named by ADMIN_EMAIL, with the new password', async () => {
    const h = testHandle();
    await h.db.insert(users).values({ email: 'lan@shop.vn', name: 'Lan', passwordHash: TEST_PASSWORD_HASH });
    const result = await prepareDatabase(h.db, {
      ...real,
      adminEmail: 'lan@shop.vn',
      adminPassword: 'new owner passphrase',
    });
    expect(result.ok && result.admin?.outcome).toBe('promoted');
    const [row] = await h.db.select().from(users).where(eq(users.email, 'lan@shop.vn'));
    expect(row!.role).toBe('ADMIN');
    expect(row!.sessionVersion).toBe(1);
    expect(await verifyPassword(row!.passwordHash, 'new owner passphrase')).toBe(true);
    expect(await h.db.$count(users)).toBe(1);
  });

  it('with users but no admin, prints how to create one (both ways) and invents none', async () => {
    const h = testHandle();
    await h.db
      .insert(users)
      .values({ email: 'shopper@example.test', name: 'Shopper', passwordHash: TEST_PASSWORD_HASH });
    const result = await prepareDatabase(h.db, real);
    expect(result.ok).toBe(true);
    const text = result.messages.join('\n');
    expect(text).toContain('has accounts but no admin');
    expect(text).toContain('ADMIN_EMAIL=');
    expect(text).toContain('npm run admin:create');
    expect((await accounts(h)).map((r) => [r.email, r.role])).toEqual([['shopper@example.test', 'USER']]);

    // ADMIN_EMAIL without ADMIN_PASSWORD: said, and nothing changes.
    const half = await prepareDatabase(h.db, { ...real, adminEmail: 'shopper@example.test' });
    expect(half.messages.join('\n')).toContain('ADMIN_EMAIL is set but ADMIN_PASSWORD is not');
    expect((await accounts(h)).map((r) => [r.email, r.role])).toEqual([['shopper@example.test', 'USER']]);
  });

  it('refuses SEED_DEMO in production before writing anything, unless ALLOW_DEMO_ACCOUNTS', async () => {
    const h = testHandle();
    const result = await prepareDatabase(h.db, { ...real, production: true, seedDemo: true });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.refusal).toContain('ALLOW_DEMO_ACCOUNTS=1');
    expect(await h.db.$count(users)).toBe(0);
  });
});

// A fresh migrated PGlite plus the demo seed takes a while on a busy machine.
const SEEDING = { timeout: 240_000 };

describe('the demo shop', () => {
  it(
    'is seeded into an empty real database with SEED_DEMO; production then refuses until demo:remove',
    SEEDING,
    async () => {
      const h = await freshDatabase();
      const seeded = await prepareDatabase(h.db, { ...real, seedDemo: true });
      expect(seeded.ok && seeded.seeded).toBe(true);
      expect(seeded.demoAccounts).toEqual(demoEmails);

      // Production with the demo accounts present: refused, naming each account and the command.
      const refused = await prepareDatabase(h.db, { ...real, production: true });
      expect(refused.ok).toBe(false);
      const refusal = refused.ok ? '' : refused.refusal;
      for (const email of demoEmails) expect(refusal).toContain(email);
      expect(refusal).toContain('npm run demo:remove');
      expect(refusal).toContain('ALLOW_DEMO_ACCOUNTS=1');

      // A staging shop may keep them, with a warning.
      const allowed = await prepareDatabase(h.db, { ...real, production: true, allowDemoAccounts: true });
      expect(allowed.ok).toBe(true);
      expect(allowed.messages.join('\n')).toContain('npm run demo:remove');

      // A disabled demo account cannot sign in: it no longer counts.
      await h.db.update(users).set({ disabledAt: new Date() }).where(eq(users.email, 'em@usitech.local'));
      expect(await activeDemoAccounts(h.db)).not.toContain('em@usitech.local');

      // demo:remove: the accounts go the way a deleted account goes; the books keep every purchase and invoice.
      const purchasesBefore = await h.db.$count(purchases);
      const invoicesBefore = await h.db
        .select({ number: invoices.invoiceNumber })
        .from(invoices)
        .orderBy(invoices.invoiceNumber);
      expect(invoicesBefore.length).toBeGreaterThan(0);
      expect((await removeDemoAccounts(h.db)).sort()).toEqual([...demoEmails].sort());
      expect(await h.db.$count(users, inArray(users.email, demoEmails))).toBe(0);
      const removed = await h.db.select().from(users);
      for (const u of removed) {
        expect(u.deletedAt).not.toBeNull();
        expect(u.email).toMatch(/@deleted\.invalid$/);
        expect(await verifyPassword(u.passwordHash, 'AdminDemo#2026')).toBe(false);
        expect(await verifyPassword(u.passwordHash, 'ShopperDemo#2026')).toBe(false);
      }
      expect(await h.db.$count(purchases)).toBe(purchasesBefore);
      expect(
        await h.db.select({ number: invoices.invoiceNumber }).from(invoices).orderBy(invoices.invoiceNumber),
      ).toEqual(invoicesBefore);
      expect(await removeDemoAccounts(h.db)).toEqual([]);

      // Now production starts, and says the shop needs an admin (none is invented).
      const after = await prepareDatabase(h.db, { ...real, production: true });
      expect(after.ok).toBe(true);
      expect(after.demoAccounts).toEqual([]);
      expect(after.messages.join('\n')).toContain('npm run admin:create');
      expect(await h.db.$count(users, eq(users.role, 'ADMIN'))).toBe(1); // the removed demo admin, deleted
    },
  );

  it('is the zero-setup default of the embedded database outside production only', SEEDING, async () => {
    const h = testHandle();
    await emptyUsers(h);
    // Embedded in production: migrations only.
    const prod = await prepareDatabase(h.db, { ...real, embedded: true, production: true });
    expect(prod.ok && prod.seeded).toBe(false);
    expect(await h.db.$count(users)).toBe(0);
    // Embedded with ADMIN_EMAIL: that admin, not the demo shop.
    await prepareDatabase(h.db, {
      ...real,
      embedded: true,
      adminEmail: 'boss@shop.vn',
      adminPassword: 'boss passphrase 2026',
    });
    expect((await accounts(h)).map((r) => r.email)).toEqual(['boss@shop.vn']);

    const h2 = await freshDatabase();
    const demo = await prepareDatabase(h2.db, { ...real, embedded: true });
    expect(demo.ok && demo.seeded).toBe(true);
    expect((await accounts(h2)).map((r) => r.email).sort()).toEqual([...demoEmails].sort());
    expect(demo.messages.join('\n')).not.toContain('admin:create');
  });
});

describe('isProductionLike', () => {
  it('is NODE_ENV=production or an https APP_URL', () => {
    expect(isProductionLike({ NODE_ENV: 'production', APP_URL: 'http://localhost:3000' })).toBe(true);
    expect(isProductionLike({ NODE_ENV: 'development', APP_URL: 'https://shop.example.vn' })).toBe(true);
    expect(isProductionLike({ NODE_ENV: 'development', APP_URL: 'http://localhost:3000' })).toBe(false);
    expect(isProductionLike({})).toBe(false);
  });
});

describe.runIf(process.env.TEST_DRIVER === 'postgres')('createOrPromoteAdmin at once', () => {
  it('makes one account when several runs name the same new email', async () => {
    const h = testHandle();
    await emptyUsers(h);
    const outcomes = await Promise.all(
      Array.from({ length: 6 }, () =>
        createOrPromoteAdmin(h.db, { email: 'race@shop.vn', password: 'race passphrase 2026' }),
      ),
    );
    expect(outcomes.filter((o) => o === 'created')).toHaveLength(1);
    const rows = await accounts(h);
    expect(rows.map((r) => [r.email, r.role])).toEqual([['race@shop.vn', 'ADMIN']]);
  });
});
