/**
 * The production app on a scratch Postgres database, for the scripts that measure or attack it
 * (`npm run load`, `npm run audit:sqlmap`): a database dropped, migrated and seeded with the demo shop,
 * the build made if the sources changed, and scripts/serve.ts (as `npm start` serves) on a port.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { buildApp, needsBuild, prepareRuntimeEnv, root } from './runtime';

/**
 * db/ imports 'server-only', which resolves to an empty module only under the react-server condition
 * (how Next runs it): a script that imports db/ calls this first, and is run again under it.
 */
export function rerunUnderReactServer(marker: string): void {
  if (process.env[marker]) return;
  const child = spawnSync(
    process.execPath,
    ['--conditions=react-server', '--import', 'tsx', process.argv[1]!, ...process.argv.slice(2)],
    { stdio: 'inherit', env: { ...process.env, [marker]: '1' } },
  );
  process.exit(child.status ?? 1);
}

/**
 * DATABASE_URL (or `fallback`), dropped and recreated, migrated, with the demo shop, and this process's
 * runtime environment prepared (AUTH_SECRET …) for the server it will start. The database's name must
 * hold `tag`: any other stops the script with that reason (it would be dropped).
 */
export async function freshDemoDatabase(fallback: string, tag: string): Promise<string> {
  process.env.DATABASE_URL ||= fallback;
  const url = process.env.DATABASE_URL;
  const name = new URL(url).pathname.slice(1);
  if (!name.includes(tag)) {
    console.error(
      `This script drops and recreates its database: DATABASE_URL must name one with "${tag}" in it, not "${name}".`,
    );
    process.exit(1);
  }
  const { adminSql, withDatabase } = await import('../../tests/setup/test-db');
  const { openPostgres } = await import('../../db/client');
  const { seedDemo } = await import('../../db/seed/demo');
  const admin = withDatabase(url, 'postgres');
  await adminSql(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await adminSql(admin, `CREATE DATABASE ${name}`);
  const handle = openPostgres(url, 4);
  try {
    await handle.migrate();
    await seedDemo(handle.db, () => {});
  } finally {
    await handle.close();
  }
  prepareRuntimeEnv();
  return url;
}

/** Builds when the sources (or the build-time configuration) changed since the last build. */
export function ensureBuild(env: NodeJS.ProcessEnv): void {
  if (!needsBuild(env)) return;
  console.log('› Building the app (sources changed since the last build)…');
  if (buildApp(env) !== 0) throw new Error('next build failed');
}

/** scripts/serve.ts on `port`, its output on this terminal's stderr only. */
export function serveApp(port: string, env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '--port', port], {
    cwd: root,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** Waits until /api/health answers 200; answers how long that took. */
export async function waitForHealth(base: string, server: ChildProcess, limitMs = 120_000): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    if (server.exitCode !== null) throw new Error(`the server exited (code ${server.exitCode}) before it answered`);
    try {
      if ((await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2000) })).ok) return Date.now() - started;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the server did not answer ${base}/api/health within ${limitMs / 1000} s`);
}
