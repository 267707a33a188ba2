/**
 * What `npm start` does to a migrated database before serving it, as one function the tests call:
 *
 * - The demo shop (accounts with passwords printed in the README) is seeded into an EMPTY database only
 *   when asked (`SEED_DEMO=1`), or on the embedded zero-setup database outside production when no
 *   `ADMIN_EMAIL` is given. A real database (`DATABASE_URL`) gets migrations only.
 * - `ADMIN_EMAIL` + `ADMIN_PASSWORD` create or promote that one admin (never the demo's beside it).
 * - No active admin: a hint says how to make one; none is invented.
 * - Production (`NODE_ENV=production`, or an https `APP_URL`) with demo accounts that can still sign in:
 *   refused, naming the accounts and `npm run demo:remove`, unless `ALLOW_DEMO_ACCOUNTS=1`.
 */
import type { Database } from '../../db/client';
import { ADMIN_OUTCOME_TEXT, countActiveAdmins, countUsers, type AdminOutcome } from '../../db/seed/accounts';
import { activeDemoAccounts, DEMO_ACCOUNTS, ensureAdminFromEnv, seedDemo } from '../../db/seed/demo';

export type PrepareOptions = {
  /** No DATABASE_URL: the embedded PGlite of the zero-setup demo. */
  embedded: boolean;
  /** NODE_ENV=production or APP_URL on https. */
  production: boolean;
  seedDemo: boolean;
  allowDemoAccounts: boolean;
  adminEmail?: string;
  adminPassword?: string;
};

export type PrepareResult =
  | {
      ok: true;
      /** The demo shop was seeded by this call. */
      seeded: boolean;
      admin?: { email: string; outcome: AdminOutcome };
      /** Demo accounts that can sign in (published passwords). */
      demoAccounts: string[];
      /** Lines to print: what happened and what to do next. */
      messages: string[];
    }
  | { ok: false; seeded: false; demoAccounts: string[]; messages: string[]; refusal: string };

/** Production in the sense of this check: NODE_ENV=production, or a public https address. */
export function isProductionLike(env: { NODE_ENV?: string; APP_URL?: string }): boolean {
  return env.NODE_ENV === 'production' || /^https:\/\//i.test(env.APP_URL ?? '');
}

export const CREATE_ADMIN_HINT = [
  'Create the first admin, either way:',
  "  ADMIN_EMAIL=you@your-shop.vn ADMIN_PASSWORD='a long passphrase' npm start",
  '  npm run admin:create -- --email you@your-shop.vn      (asks for the password)',
].join('\n');

function demoRefusal(accounts: string[]): string {
  return [
    'Refusing to serve in production: these demo accounts can sign in, and their passwords are published',
    'in the README:',
    `  ${accounts.join(', ')}`,
    'Remove them (their purchases and invoices stay on the books):',
    '  npm run demo:remove',
    'or, for a staging shop that should keep them, set ALLOW_DEMO_ACCOUNTS=1.',
  ].join('\n');
}

export async function prepareDatabase(
  db: Database,
  opts: PrepareOptions,
  log: (msg: string) => void = () => {},
): Promise<PrepareResult> {
  const messages: string[] = [];
  const hasAdminFromEnv = Boolean(opts.adminEmail && opts.adminPassword);
  const empty = (await countUsers(db)) === 0;
  const wantDemo = empty && (opts.seedDemo || (opts.embedded && !opts.production && !hasAdminFromEnv));

  // Refuse before writing anything: seeding published passwords into a production shop is never implied.
  if (wantDemo && opts.production && !opts.allowDemoAccounts) {
    const accounts = DEMO_ACCOUNTS.map((a) => a.email);
    return {
      ok: false,
      seeded: false,
      demoAccounts: [],
      messages,
      refusal: [
        'Refusing to seed the demo shop in production (SEED_DEMO=1): the passwords of its accounts are',
        'published in the README:',
        `  ${accounts.join(', ')}`,
        'Unset SEED_DEMO for a real shop, or set ALLOW_DEMO_ACCOUNTS=1 for a staging shop that should have them.',
      ].join('\n'),
    };
  }

  let seeded = false;
  if (wantDemo) {
    seeded = (await seedDemo(db, log)).seeded;
  } else if (empty) {
    messages.push(
      opts.embedded
        ? 'Empty database: migrations applied, no demo shop (production, or ADMIN_EMAIL given; SEED_DEMO=1 adds it).'
        : 'Empty database: migrations applied, no demo shop (SEED_DEMO=1 or `npm run db:seed` adds it).',
    );
  } else {
    // Not empty: the seed only writes its files back if the rows are there (a restored database).
    await seedDemo(db, log);
    messages.push('Existing data kept.');
  }

  let admin: { email: string; outcome: AdminOutcome } | undefined;
  if (Boolean(opts.adminEmail) !== Boolean(opts.adminPassword)) {
    messages.push(
      `${opts.adminEmail ? 'ADMIN_EMAIL is set but ADMIN_PASSWORD is not' : 'ADMIN_PASSWORD is set but ADMIN_EMAIL is not'}: ` +
        'both are needed, so no admin was created or changed.',
    );
  }
  if (hasAdminFromEnv) {
    const email = opts.adminEmail!.trim().toLowerCase();
    const outcome = (await ensureAdminFromEnv(db, email, opts.adminPassword))!;
    admin = { email, outcome };
    messages.push(`ADMIN_EMAIL: ${ADMIN_OUTCOME_TEXT[outcome](email)}`);
  }

  if ((await countActiveAdmins(db)) === 0) {
    messages.push(
      (await countUsers(db)) === 0
        ? `No accounts yet. ${CREATE_ADMIN_HINT}`
        : `This shop has accounts but no admin (none is created for you). ${CREATE_ADMIN_HINT}`,
    );
  }

  const demoAccounts = await activeDemoAccounts(db);
  if (demoAccounts.length > 0 && opts.production) {
    if (!opts.allowDemoAccounts) {
      return { ok: false, seeded: false, demoAccounts, messages, refusal: demoRefusal(demoAccounts) };
    }
    messages.push(
      `ALLOW_DEMO_ACCOUNTS=1: serving with the demo accounts ${demoAccounts.join(', ')} (published passwords). ` +
        'Run `npm run demo:remove` before this shop takes real customers.',
    );
  }
  return { ok: true, seeded, admin, demoAccounts, messages };
}
