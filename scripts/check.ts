/**
 * `npm run check`: the guardrails, each run even when an earlier one fails so one pass shows everything.
 *   format   Prettier in check mode (.prettierrc.json, .prettierignore); `npm run format` fixes it
 *   types    tsc --noEmit
 *   lint     ESLint with the type-aware rules (eslint.config.mjs), no warnings allowed
 *   unused   knip: unused files, exports and dependencies (knip.json)
 * Ends with one line per step and exits non-zero when any failed. `npm test` runs it first (CI too).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { root } from './lib/runtime';

const bin = (p: string) => path.join(root, 'node_modules', p);
const steps: Array<{ name: string; args: string[] }> = [
  { name: 'format (prettier)', args: [bin('prettier/bin/prettier.cjs'), '--check', '--log-level=warn', '.'] },
  { name: 'types (tsc)', args: [bin('typescript/bin/tsc'), '--noEmit'] },
  { name: 'lint (eslint)', args: [bin('eslint/bin/eslint.js'), '.', '--max-warnings=0'] },
  { name: 'unused (knip)', args: [bin('knip/bin/knip.js'), '--no-progress'] },
];

const outcomes: string[] = [];
let failed = 0;
for (const step of steps) {
  const started = Date.now();
  console.log(`\n── ${step.name}`);
  const r = spawnSync(process.execPath, step.args, { stdio: 'inherit', env: process.env, cwd: root });
  const ok = r.status === 0;
  if (!ok) failed++;
  outcomes.push(`${ok ? 'ok    ' : 'FAILED'}  ${step.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
console.log(`\n${outcomes.join('\n')}`);
if (failed) console.error(`\nnpm run check: ${failed} of ${steps.length} steps failed`);
process.exit(failed ? 1 : 0);
