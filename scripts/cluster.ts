/**
 * `npm run cluster`: the shop as it runs on more than one machine, on this one. Two instances of one
 * production build (scripts/serve.ts on 3001 and 3002, as `npm start` serves) behind Debian's nginx on PORT
 * (default 8080), on Postgres (DATABASE_URL, required), Redis (REDIS_URL, default redis://127.0.0.1:6379)
 * for the shared cache, and s3rver (a local S3-compatible store, files in <DATA_DIR>/cluster-s3) unless
 * S3_ENDPOINT names a store. Runs in the foreground; Ctrl-C or SIGTERM stops everything it started.
 *
 *   DATABASE_URL=postgres://… npm run cluster [-- --instances 3001,3002]
 *   … npm run cluster -- --prepare-only     migrate and prepare the database, start nothing (before a
 *                                           rolling deploy; e2e/cluster.spec.ts with its own s3rver)
 */
import path from 'node:path';
import { assertRedisAnswers, serverActionsKey, startCluster, type Cluster } from './lib/cluster';
import { buildApp, needsBuild, prepareRuntimeEnv } from './lib/runtime';
import { startS3rver, type LocalS3 } from './lib/s3rver';
import { migrateAndPrepare } from './lib/serve-database';

const args = process.argv.slice(2);
const flag = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const prepareOnly = args.includes('--prepare-only');
const instancePorts = (flag('--instances') ?? '3001,3002').split(',').map(Number);

// The balancer takes PORT (default 8080 here, not npm start's 3000), and the shop's address is the balancer's.
const port = Number(process.env.PORT?.trim() || 8080);
process.env.PORT = String(port);
process.env.APP_URL ||= `http://localhost:${port}`;
const env = prepareRuntimeEnv({ requireSecretInProduction: true });

function fail(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

if (!env.DATABASE_URL || !/^postgres(ql)?:\/\//.test(env.DATABASE_URL)) {
  fail(
    'npm run cluster needs Postgres: every instance opens the same database, which the embedded PGlite ' +
      'cannot share.\n  DATABASE_URL=postgres://user:password@127.0.0.1:5432/usitech npm run cluster',
  );
}
if (instancePorts.some((p) => !Number.isInteger(p) || p <= 0 || p === port)) {
  fail(`--instances takes a comma-separated list of ports other than the balancer's (${port}).`);
}

const redisUrl = process.env.REDIS_URL?.trim() || 'redis://127.0.0.1:6379';
try {
  if (!prepareOnly) await assertRedisAnswers(redisUrl);
} catch (error) {
  fail((error as Error).message);
}

// One key for every instance and every build (it is embedded in the build: scripts/lib/cluster.ts).
process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY = serverActionsKey(
  env.DATA_DIR,
  process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY,
);

let s3: LocalS3 | undefined;
if (!env.S3_ENDPOINT && !prepareOnly) {
  s3 = await startS3rver({
    port: Number(process.env.S3RVER_PORT || 4569),
    directory: path.resolve(env.DATA_DIR, 'cluster-s3'),
    bucket: 'usitech',
  });
  Object.assign(process.env, s3.env);
}

let cluster: Cluster | undefined;
let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  console.log('\n› Stopping nginx, the instances and s3rver…');
  await cluster?.stop();
  await s3?.stop();
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void shutdown(0));

try {
  console.log('› Preparing the database: Postgres (DATABASE_URL)');
  const prepared = await migrateAndPrepare(env, (m) => console.log(`  ${m}`));
  for (const m of prepared.messages) console.log(`  ${m.replaceAll('\n', '\n  ')}`);
  if (!prepared.ok) throw new Error(prepared.refusal);
  if (prepareOnly) await shutdown(0);

  if (needsBuild()) {
    console.log('› Building the app once for every instance…');
    if (buildApp(process.env) !== 0) throw new Error('The build failed; see the errors above.');
  }

  cluster = await startCluster({
    port,
    instancePorts,
    env: {
      ...process.env,
      REDIS_URL: redisUrl,
      // Requests reach the instances through nginx only: its X-Forwarded-For (the client it saw) is believed.
      TRUST_PROXY: process.env.TRUST_PROXY?.trim() || '127.0.0.1',
    },
  });
} catch (error) {
  console.error(`\n${(error as Error).message}\n`);
  await shutdown(1);
}

console.log(`
  USITech Marketplace cluster → ${cluster!.url}   (nginx, load balancer)
${cluster!.instances.map((i) => `    ${i.name}: ${i.url}`).join('\n')}
  Database: Postgres (DATABASE_URL)   Cache: ${redisUrl}   Storage: ${s3 ? `s3rver ${s3.url} (${s3.bucket})` : env.S3_ENDPOINT}
  Ctrl-C stops everything.
`);
