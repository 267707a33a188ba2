/**
 * `npm start`: migrate and prepare the database (scripts/lib/prepare-database.ts: the demo shop only
 * where it is wanted, the first admin from ADMIN_EMAIL/ADMIN_PASSWORD, refusal of demo accounts in
 * production), build when needed, then serve. Migrations and the seed run in this process and finish
 * (closing PGlite) before the server process opens the database, so two processes never share one
 * PGlite folder. `npm run dev` does the same with `next dev`.
 */
import { spawn } from 'node:child_process';
import { DEMO_ACCOUNTS } from '../db/seed/demo';
import type { PrepareResult } from './lib/prepare-database';
import { buildApp, needsBuild, prepareRuntimeEnv } from './lib/runtime';
import { migrateAndPrepare } from './lib/serve-database';

const dev = process.argv.includes('--dev');
const env = prepareRuntimeEnv({ requireSecretInProduction: !dev });
const port = String(env.PORT);
const embedded = !env.DATABASE_URL;
const dbLabel = embedded ? `embedded PGlite in ${env.DATA_DIR}/pglite` : 'Postgres (DATABASE_URL)';

console.log(`› Preparing the database: ${dbLabel}`);
let prepared: PrepareResult;
try {
  prepared = await migrateAndPrepare(env, (m) => console.log(`  ${m}`));
} catch (error) {
  console.error('Could not prepare the database:', error);
  console.error(
    env.DATABASE_URL
      ? 'Check that Postgres is running and that DATABASE_URL points at a database you can write to.'
      : `Is another \`npm start\` running on ${env.DATA_DIR}? Stop it first: one process per PGlite folder.`,
  );
  process.exit(1);
}
for (const m of prepared.messages) console.log(`  ${m.replaceAll('\n', '\n  ')}`);
if (!prepared.ok) {
  console.error(`\n${prepared.refusal}\n`);
  process.exit(1);
}

if (!dev && needsBuild()) {
  console.log('› Building the app (first run or sources changed)…');
  const status = buildApp(process.env);
  if (status !== 0) {
    console.error('The build failed; see the errors above.');
    process.exit(status);
  }
}

/** The demo passwords are printed only for the demo shop seeded now, or present in the embedded database. */
function demoLines(result: PrepareResult): string {
  if (result.demoAccounts.length === 0) return '';
  if (result.seeded || embedded) {
    const shown = DEMO_ACCOUNTS.filter((a) => result.demoAccounts.includes(a.email));
    return `\n  Demo accounts:\n${shown.map((a) => `    ${a.role.padEnd(7)} ${a.email.padEnd(24)} ${a.password}`).join('\n')}`;
  }
  return `\n  Demo accounts present (passwords published in the README): ${result.demoAccounts.join(', ')}\n  Remove them with \`npm run demo:remove\` before real customers come.`;
}

const url = `http://localhost:${port}`;
console.log(`
  USITech Marketplace → ${url}
  Database: ${dbLabel}${prepared.admin ? `\n  Admin: ${prepared.admin.email}` : ''}${demoLines(prepared)}
`);

// scripts/serve.ts, not `next start`: it resolves each client's address (TRUST_PROXY) for rate limits.
const serve = ['--import', 'tsx', 'scripts/serve.ts', '--port', port, ...(dev ? ['--dev'] : [])];
const child = spawn(process.execPath, serve, {
  stdio: 'inherit',
  env: process.env,
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
