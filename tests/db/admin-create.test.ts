/**
 * Finding 1 of issue 19: `npm run admin:create` makes the first admin of a real database, reading the
 * password from stdin (never argv). Runs the script as a child process: against a scratch PGlite
 * DATA_DIR on the PGlite driver, against this file's own Postgres database on the Postgres driver.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite, pgliteDir, type DbHandle } from '@/db/client';
import { users } from '@/db/schema';
import { verifyPassword } from '@/lib/auth/password';
import { testDriver, testHandle } from '../helpers/db';

const scratch = mkdtempSync(path.join(tmpdir(), 'usitech-admin-create-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Run = { code: number | null; stdout: string; stderr: string };

/** Runs scripts/admin-create.ts with `args`, writing `stdin` to it, on this driver's database. */
function adminCreate(args: string[], stdin: string): Promise<Run> {
  const url = (testHandle() as DbHandle & { url?: string }).url;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: testDriver() === 'postgres' ? url : '',
    DATA_DIR: scratch,
  };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/admin-create.ts', ...args], {
      cwd: process.cwd(),
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

/** The database the child wrote: this file's Postgres database, or the scratch PGlite folder. */
async function withChildDatabase<T>(read: (h: DbHandle) => Promise<T>): Promise<T> {
  if (testDriver() === 'postgres') return read(testHandle());
  const h = openPglite(pgliteDir(scratch));
  try {
    return await read(h);
  } finally {
    await h.close();
  }
}

/** Nothing written: no account on Postgres; on PGlite the script never even opened the database. */
async function expectNothingWritten() {
  if (testDriver() === 'postgres') expect(await testHandle().db.$count(users)).toBe(0);
  else expect(existsSync(pgliteDir(scratch))).toBe(false);
}

// Each run starts tsx and (on PGlite) migrates a new database: slow on a busy machine.
const CHILD = { timeout: 240_000 };

describe('npm run admin:create', () => {
  it('refuses a password on the command line, saying why, and writes nothing', CHILD, async () => {
    const run = await adminCreate(['--email', 'owner@shop.vn', '--password', 'a long owner passphrase'], '');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--password is not accepted');
    expect(run.stderr).toContain('`ps`');
    expect(run.stderr).toContain('stdin');
    const equalsForm = await adminCreate(['--email=owner@shop.vn', '--password=a-long-owner-passphrase'], '');
    expect(equalsForm.code).toBe(2);
    expect(equalsForm.stderr).toContain('--password is not accepted');
    await expectNothingWritten();
  });

  it('refuses a short password and a bad email with the reason, and writes nothing', CHILD, async () => {
    const short = await adminCreate(['--email', 'owner@shop.vn'], 'short\n');
    expect(short.code).toBe(2);
    expect(short.stderr).toContain('Use at least 10 characters.');
    const bad = await adminCreate(['--email', 'not-an-email'], 'a long owner passphrase\n');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--email: Enter a valid email address.');
    const weak = await adminCreate(['--email', 'owner@shop.vn'], 'password1234\n');
    expect(weak.code).toBe(2);
    expect(weak.stderr).toMatch(/^Password: .+ Nothing was changed\./m);
    const empty = await adminCreate(['--email', 'owner@shop.vn'], '');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('No password on stdin');
    await expectNothingWritten();
  });

  it(
    'creates the admin from the password on stdin (argon2id, role ADMIN), then promotes idempotently',
    CHILD,
    async () => {
      const run = await adminCreate(['--email', 'Owner@Shop.vn', '--name', 'Chủ shop'], 'a long owner passphrase\n');
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Created the admin account owner@shop.vn.');
      const row = await withChildDatabase(async (h) => {
        const [r] = await h.db.select().from(users).where(eq(users.email, 'owner@shop.vn'));
        return r;
      });
      expect(row?.role).toBe('ADMIN');
      expect(row?.name).toBe('Chủ shop');
      expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
      expect(await verifyPassword(row!.passwordHash, 'a long owner passphrase')).toBe(true);

      // Again with another password: the same account gets it, no second account.
      const again = await adminCreate(['--email', 'owner@shop.vn'], 'another owner passphrase\r\n');
      expect(again.code).toBe(0);
      expect(again.stdout).toContain('was already an admin: its password is now the one you gave');
      const rows = await withChildDatabase((h) => h.db.select().from(users));
      expect(rows).toHaveLength(1);
      const owner = rows.filter((r) => r.email === 'owner@shop.vn');
      expect(await verifyPassword(owner[0]!.passwordHash, 'another owner passphrase')).toBe(true);
      expect(owner[0]!.sessionVersion).toBe(row!.sessionVersion + 1);
    },
  );
});
