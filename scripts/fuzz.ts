/**
 * `npm run fuzz -- --in-process --runs 100000 [--seed N] [--grep text]`: the in-process fuzzing
 * (tests/db/fuzz: every server action and route handler called directly, as `npm test` runs it with 1,000
 * cases each) with N cases per entry point, on Postgres when TEST_DATABASE_URL is set, else on PGlite.
 *
 * `npm run fuzz -- --runs 100000 [--seed N] [--grep text] [--shrink]`: the fuzzing of e2e/fuzz.spec.ts (every server
 * action, route handler and page, found in the build's manifests) with N cases per entry point instead of
 * CI's count, against the production build on a fresh database (scripts/e2e.ts: set TEST_DATABASE_URL, the
 * fuzzing compares rows). Prints progress every 1,000 cases of an entry point; a failure prints fast-check's
 * seed and smallest failing input (replay it with --seed).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { root } from './lib/runtime';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '1000' },
    seed: { type: 'string' },
    grep: { type: 'string' },
    shrink: { type: 'boolean', default: false },
    'in-process': { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error('--runs takes a whole number of cases per entry point, e.g. --runs 100000');
  process.exit(2);
}
/** Runs `args` with Node, the fuzzing's settings in its environment, and exits with its status. */
function run(args: string[], extra: Record<string, string>): never {
  const result = spawnSync(process.execPath, args, {
    stdio: 'inherit',
    cwd: root,
    env: { ...process.env, FUZZ_RUNS: String(runs), ...(values.seed ? { FUZZ_SEED: values.seed } : {}), ...extra },
  });
  process.exit(result.status ?? 1);
}

if (values['in-process']) {
  const project = process.env.TEST_DATABASE_URL ? 'db-postgres' : 'db-pglite';
  console.log(`› fuzzing every server action and route handler in process with ${runs} cases each (${project})`);
  run(
    [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--project', project, 'tests/db/fuzz'],
    values.grep ? { FUZZ_GREP: values.grep } : {},
  );
}
if (!process.env.TEST_DATABASE_URL) {
  console.error('The fuzzing compares database rows: set TEST_DATABASE_URL (a Postgres the e2e run may use).');
  process.exit(2);
}
console.log(`› fuzzing every entry point with ${runs} cases each${values.seed ? `, seed ${values.seed}` : ''}`);
const args = ['--import', 'tsx', path.join(root, 'scripts/e2e.ts'), 'e2e/fuzz.spec.ts', '--reporter=list'];
if (values.grep) args.push('--grep', values.grep);
run(args, values.shrink ? { FUZZ_SHRINK: '1' } : {});
