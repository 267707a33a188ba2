/**
 * `npm start`: build when needed, migrate, seed an empty database, then serve. Migrations and the seed
 * run in this process and finish (closing PGlite) before the server process opens the database, so two
 * processes never share one PGlite folder. `npm run dev` does the same with `next dev`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { openConfigured } from '../db/client';
import { DEMO_ACCOUNTS, ensureAdminFromEnv, seedDemo } from '../db/seed/demo';
import { needsBuild, nextBin, prepareRuntimeEnv } from './lib/runtime';

const dev = process.argv.includes('--dev');
const env = prepareRuntimeEnv();
const port = String(env.PORT);
const dbLabel = env.DATABASE_URL ? 'Postgres (DATABASE_URL)' : `embedded PGlite in ${env.DATA_DIR}/pglite`;

if (!dev && needsBuild()) {
  console.log('› Building the app (first run or sources changed)…');
  const build = spawnSync(process.execPath, [nextBin(), 'build'], { stdio: 'inherit', env: process.env });
  if (build.status !== 0) {
    console.error('The build failed; see the errors above.');
    process.exit(build.status ?? 1);
  }
}

console.log(`› Preparing the database: ${dbLabel}`);
const handle = openConfigured();
try {
  await handle.migrate();
  const { seeded } = await seedDemo(handle.db, (m) => console.log(`  ${m}`));
  if (!seeded) console.log('  Existing data kept (the demo shop is only seeded into an empty database).');
  await ensureAdminFromEnv(handle.db, env.ADMIN_EMAIL, env.ADMIN_PASSWORD);
} catch (error) {
  console.error('Could not prepare the database:', error);
  console.error(
    env.DATABASE_URL
      ? 'Check that Postgres is running and that DATABASE_URL points at a database you can write to.'
      : `Is another \`npm start\` running on ${env.DATA_DIR}? Stop it first: one process per PGlite folder.`,
  );
  process.exit(1);
} finally {
  await handle.close();
}

const url = `http://localhost:${port}`;
console.log(`
  USITech Marketplace → ${url}
  Database: ${dbLabel}
  Demo accounts:
${DEMO_ACCOUNTS.map((a) => `    ${a.role.padEnd(7)} ${a.email.padEnd(24)} ${a.password}`).join('\n')}
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
