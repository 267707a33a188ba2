/**
 * `npm start` in production without an AUTH_SECRET of its own refuses to run (before it touches the
 * database), with the command that makes one. Before, it silently generated one into DATA_DIR: lost with
 * the folder, and different on every app server.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dataDir = mkdtempSync(path.join(tmpdir(), 'usitech-start-secret-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function start(env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: process.cwd(),
    // A database nobody can reach: the refusal must come first.
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
      AUTH_SECRET: '',
      ...env,
    },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

describe('npm start without AUTH_SECRET', () => {
  it(
    'refuses in production (NODE_ENV=production or an https APP_URL) and says how to make one',
    { timeout: 240_000 },
    () => {
      const cases: Record<string, string>[] = [
        { NODE_ENV: 'production', APP_URL: 'http://localhost:3000' },
        { NODE_ENV: 'development', APP_URL: 'https://shop.example.vn' },
      ];
      for (const env of cases) {
        const run = start(env);
        expect(run.status, run.stderr).toBe(1);
        expect(run.stderr).toContain('AUTH_SECRET is not set');
        expect(run.stderr).toContain('openssl rand -base64 32');
        expect(run.stdout).not.toContain('Preparing the database');
      }
    },
  );
});
