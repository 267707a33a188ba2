import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv, type Env } from '../../lib/env';

export const root = process.cwd();

/** Loads `.env` when present (Node's own parser), without overriding what the shell set. */
export function loadDotEnv(): void {
  const file = path.join(root, '.env');
  if (existsSync(file)) process.loadEnvFile(file);
}

/**
 * Makes the process ready to run the app with no configuration: a data folder, and an AUTH_SECRET
 * generated on the first run and kept in `<DATA_DIR>/auth-secret`. With `requireSecretInProduction`
 * (npm start), production (NODE_ENV=production or an https APP_URL) refuses to run without an
 * AUTH_SECRET of its own: a generated file is lost with the folder (everyone signed out) and differs
 * between two app servers.
 */
export function prepareRuntimeEnv(options: { requireSecretInProduction?: boolean } = {}): Env {
  loadDotEnv();
  process.env.NEXT_TELEMETRY_DISABLED = '1';
  process.env.AUTH_TRUST_HOST ??= 'true';
  const dataDir = path.resolve(root, process.env.DATA_DIR || '.data');
  mkdirSync(dataDir, { recursive: true });
  if (!process.env.AUTH_SECRET?.trim()) {
    const production = process.env.NODE_ENV === 'production' || /^https:\/\//i.test(process.env.APP_URL?.trim() ?? '');
    if (options.requireSecretInProduction && production) {
      console.error(
        '\nAUTH_SECRET is not set. In production (NODE_ENV=production or an https APP_URL) the app needs a ' +
          'secret of its own to sign sessions:\n  AUTH_SECRET=$(openssl rand -base64 32)\nPut it in the ' +
          'environment or .env (the same value on every app server) and start again.\n',
      );
      process.exit(1);
    }
    const secretFile = path.join(dataDir, 'auth-secret');
    if (!existsSync(secretFile)) {
      writeFileSync(secretFile, randomBytes(32).toString('base64url'), { mode: 0o600 });
    }
    process.env.AUTH_SECRET = readFileSync(secretFile, 'utf8').trim();
  }
  try {
    return parseEnv();
  } catch (error) {
    console.error(`\n${(error as Error).message}\n`);
    process.exit(1);
  }
}

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const st = statSync(entry);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const name of readdirSync(entry)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(path.join(entry, name)));
  }
  return newest;
}

const SOURCES = [
  'app',
  'components',
  'actions',
  'server',
  'lib',
  'db',
  'public',
  'proxy.ts',
  'instrumentation.ts',
  'instrumentation-client.ts',
  'next.config.mjs',
  'package-lock.json',
  'postcss.config.mjs',
  'tsconfig.json',
];

/** True when there is no production build, or a source file changed after it was made. */
export function needsBuild(): boolean {
  const buildId = path.join(root, '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return SOURCES.some((s) => newestMtime(path.join(root, s)) > built);
}

export function nextBin(): string {
  return path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
}
