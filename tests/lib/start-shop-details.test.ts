/**
 * `npm start` in production without the seller's legal details (the footer, the legal pages and every
 * invoice name them) refuses to run, before it touches the database, naming what is missing; a demo
 * deployment (ALLOW_DEMO_ACCOUNTS=1) runs on the demo values.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dataDir = mkdtempSync(path.join(tmpdir(), 'usitech-start-shop-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const SELLER = {
  SHOP_LEGAL_NAME: 'Công ty TNHH Thử',
  SHOP_ADDRESS: '12 Lê Lợi, TP. Hồ Chí Minh',
  SHOP_TAX_CODE: '0312345678',
  SHOP_SUPPORT_EMAIL: 'hotro@thu.vn',
};

function start(env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: process.cwd(),
    // A database nobody can reach: the refusal must come first; passing the check reaches the database.
    env: {
      ...process.env,
      NODE_ENV: 'production',
      APP_URL: 'https://shop.example.vn',
      DATA_DIR: dataDir,
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
      AUTH_SECRET: 'a-production-secret-of-at-least-32-characters',
      ALLOW_DEMO_ACCOUNTS: '',
      ...Object.fromEntries(Object.keys(SELLER).map((name) => [name, ''])),
      ...env,
    },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

describe('npm start in production', () => {
  it('refuses without the seller’s legal details, naming the missing ones', { timeout: 240_000 }, () => {
    const run = start({ SHOP_LEGAL_NAME: SELLER.SHOP_LEGAL_NAME, SHOP_SUPPORT_EMAIL: SELLER.SHOP_SUPPORT_EMAIL });
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toContain("The seller's legal details are not set: SHOP_ADDRESS, SHOP_TAX_CODE.");
    expect(run.stdout).not.toContain('Preparing the database');
  });

  it('goes on with them set, or as a demo', { timeout: 240_000 }, () => {
    for (const env of [SELLER, { ALLOW_DEMO_ACCOUNTS: '1' }]) {
      const run = start(env);
      expect(run.stderr).not.toContain('legal details');
      expect(run.stdout).toContain('Preparing the database');
    }
  });
});
