/**
 * `npm run test:e2e`: Playwright journeys against a production build on a fresh database.
 * With TEST_DATABASE_URL the server runs on Postgres (database `<name>_e2e`, recreated), so tests can
 * read and write rows directly; otherwise on PGlite in `.data/e2e` (recreated).
 * Outgoing mail goes through real SMTP to a local sink (smtp-server on a free port) that writes each
 * message to `.data/e2e-mail/*.eml`, where the journeys read links from (e2e/mail.ts).
 */
import { spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { adminSql, withDatabase } from '../tests/setup/test-db';
import { chromiumPath } from '../playwright.config';
import { E2E_SHOP_DETAILS } from '../e2e/support/shop-details';
import { buildApp, needsBuild, prepareRuntimeEnv, root } from './lib/runtime';
import { startSmtpSink } from './lib/smtp-sink';
import { redisAnswers } from './lib/redis';

prepareRuntimeEnv();
// The seller's legal details: in the build's environment too, since the legal pages are prerendered.
// APP_URL as playwright.config.ts gives the server, so the build matches it (needsBuild compares them).
const env: NodeJS.ProcessEnv = {
  ...process.env,
  ...E2E_SHOP_DETAILS,
  APP_URL: `http://localhost:${process.env.E2E_PORT ?? 3100}`,
  E2E_DATA_DIR: '.data/e2e',
};
delete env.DATABASE_URL;

if (!chromiumPath()) {
  const probe = spawnSync(process.execPath, ['-e', "require('playwright-core').chromium.executablePath()"], {
    encoding: 'utf8',
  });
  if (probe.status !== 0) {
    console.error(
      'No Chromium found for the browser tests. Install Debian’s: `sudo apt-get install -y chromium` ' +
        '(or set PLAYWRIGHT_CHROMIUM_PATH to a Chromium binary, or run `npx playwright install chromium`).',
    );
    process.exit(1);
  }
}

const testUrl = process.env.TEST_DATABASE_URL;
if (testUrl) {
  const name = `${new URL(testUrl).pathname.slice(1) || 'usitech_test'}_e2e`;
  await adminSql(testUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await adminSql(testUrl, `CREATE DATABASE ${name}`);
  env.E2E_DATABASE_URL = withDatabase(testUrl, name);
  console.log(`› e2e database: Postgres ${name}`);
} else {
  rmSync(path.join(root, '.data/e2e'), { recursive: true, force: true });
  console.log('› e2e database: PGlite in .data/e2e (set TEST_DATABASE_URL to run on Postgres)');
}

// Next's caches in Redis (lib/cache-handlers/) when Redis answers, as in a deployment with several instances:
// e2e/shared-cache.spec.ts proves a change on one instance reaches another; it skips when this is not set.
// A prefix of this run's own: the database is new, so no page cached from an earlier run may be served.
const redisUrl = process.env.E2E_REDIS_URL ?? 'redis://127.0.0.1:6379';
if (await redisAnswers(redisUrl)) {
  env.REDIS_URL = redisUrl;
  env.REDIS_KEY_PREFIX = `usitech-e2e:${Date.now()}:`;
  console.log(`› e2e cache: Redis at ${new URL(redisUrl).host} (prefix ${env.REDIS_KEY_PREFIX})`);
} else {
  console.log(`› e2e cache: in process (no Redis at ${redisUrl}; e2e/shared-cache.spec.ts will skip)`);
}

if (needsBuild(env)) {
  console.log('› Building the app for the e2e configuration…');
  const status = buildApp(env);
  if (status !== 0) process.exit(status);
}

const mailDir = path.join(root, '.data/e2e-mail');
rmSync(mailDir, { recursive: true, force: true });
const sink = await startSmtpSink({ dir: mailDir });
env.E2E_SMTP_URL = sink.url;
env.E2E_MAIL_DIR = mailDir;
console.log(`› e2e mail: SMTP sink on 127.0.0.1:${sink.port}, messages in .data/e2e-mail`);

// Not spawnSync: the SMTP sink answers in this process while Playwright runs.
const args = process.argv.slice(2);
const child = spawn(process.execPath, [path.join(root, 'node_modules/@playwright/test/cli.js'), 'test', ...args], {
  stdio: 'inherit',
  env,
});
const status = await new Promise<number>((resolve) =>
  child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))),
);
await sink.close();
process.exit(status);
