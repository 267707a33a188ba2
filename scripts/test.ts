/**
 * `npm test`: the guardrails (`npm run check`: format, types, lint, unused code), unit + integration tests
 * (PGlite, and Postgres with TEST_DATABASE_URL), then the Playwright journeys (scripts/e2e.ts makes the
 * production build they run against, with their configuration). Stops at
 * the first failing step and ends with one summary line: "Tests: N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { root } from './lib/runtime';

const results = path.join(root, '.test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
process.env.NEXT_TELEMETRY_DISABLED = '1';

const bin = (p: string) => path.join(root, 'node_modules', p);
const steps: Array<{ name: string; args: string[] }> = [
  { name: 'check (format, types, lint, unused)', args: ['--import', 'tsx', path.join(root, 'scripts/check.ts')] },
  {
    name: 'unit + integration (vitest)',
    args: [
      bin('vitest/vitest.mjs'),
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${path.join(results, 'vitest.json')}`,
    ],
  },
  { name: 'end-to-end (playwright)', args: ['--import', 'tsx', path.join(root, 'scripts/e2e.ts')] },
  // The same build behind nginx with two instances (it skips without Postgres: TEST_DATABASE_URL).
  {
    name: 'cluster (playwright, nginx + two instances)',
    args: ['--import', 'tsx', path.join(root, 'scripts/e2e.ts'), '--config', 'playwright.cluster.config.ts'],
  },
];

function counts(): { passed: number; failed: number; skipped: number } {
  const out = { passed: 0, failed: 0, skipped: 0 };
  const vitest = path.join(results, 'vitest.json');
  if (existsSync(vitest)) {
    const v = JSON.parse(readFileSync(vitest, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numPendingTests: number;
      numTodoTests: number;
    };
    out.passed += v.numPassedTests;
    out.failed += v.numFailedTests;
    out.skipped += v.numPendingTests + v.numTodoTests;
  }
  for (const file of ['e2e.json', 'e2e-cluster.json']) {
    const e2e = path.join(results, file);
    if (!existsSync(e2e)) continue;
    const p = JSON.parse(readFileSync(e2e, 'utf8')) as {
      stats: { expected: number; unexpected: number; flaky: number; skipped: number };
    };
    out.passed += p.stats.expected + p.stats.flaky;
    out.failed += p.stats.unexpected;
    out.skipped += p.stats.skipped;
  }
  return out;
}

let failedStep: string | undefined;
for (const step of steps) {
  const started = Date.now();
  console.log(`\n━━ ${step.name} ━━`);
  const r = spawnSync(process.execPath, step.args, { stdio: 'inherit', env: process.env, cwd: root });
  console.log(`━━ ${step.name}: ${r.status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (r.status !== 0) {
    failedStep = step.name;
    break;
  }
}

const c = counts();
if (failedStep) {
  console.error(`\nnpm test failed at: ${failedStep}`);
  if (c.failed === 0) c.failed = 1;
}
console.log(`\nTests: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
process.exit(failedStep ? 1 : 0);
