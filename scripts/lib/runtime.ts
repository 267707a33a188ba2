import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv, unsetShopDetails, type Env } from '../../lib/env';

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
 * between two app servers; nor without the seller's legal details (SHOP_LEGAL_NAME, SHOP_ADDRESS,
 * SHOP_TAX_CODE, SHOP_SUPPORT_EMAIL), which the footer, the legal pages and every invoice show, unless it is
 * a demo (ALLOW_DEMO_ACCOUNTS=1).
 */
export function prepareRuntimeEnv(options: { requireSecretInProduction?: boolean } = {}): Env {
  loadDotEnv();
  process.env.NEXT_TELEMETRY_DISABLED = '1';
  process.env.AUTH_TRUST_HOST ??= 'true';
  const dataDir = path.resolve(root, process.env.DATA_DIR || '.data');
  mkdirSync(dataDir, { recursive: true });
  const production = process.env.NODE_ENV === 'production' || /^https:\/\//i.test(process.env.APP_URL?.trim() ?? '');
  if (!process.env.AUTH_SECRET?.trim()) {
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
  let env: Env;
  try {
    env = parseEnv();
  } catch (error) {
    console.error(`\n${(error as Error).message}\n`);
    process.exit(1);
  }
  const unset = unsetShopDetails(process.env);
  if (options.requireSecretInProduction && production && !env.ALLOW_DEMO_ACCOUNTS && unset.length > 0) {
    console.error(
      `\nThe seller's legal details are not set: ${unset.join(', ')}. In production (NODE_ENV=production or ` +
        'an https APP_URL) the footer, the Terms, the Privacy policy and every invoice must name the real ' +
        'seller:\n  SHOP_LEGAL_NAME="Công ty TNHH …"\n  SHOP_ADDRESS="…, Vietnam"\n  SHOP_TAX_CODE=0312345678\n  ' +
        'SHOP_SUPPORT_EMAIL=support@your-shop.vn\nPut them in the environment or .env (see .env.example) and start ' +
        'again.\n',
    );
    process.exit(1);
  }
  return env;
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
  'content',
  'lib',
  'i18n',
  'messages',
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

/**
 * What prerendered pages (the legal pages, the footer of every static page) take from the configuration
 * at build time: the shop's details and its address. buildApp() records it beside the build.
 */
function buildConfig(env: NodeJS.ProcessEnv): string {
  const keys = Object.keys(env).filter((k) => k.startsWith('SHOP_') || k === 'APP_URL');
  return JSON.stringify(keys.sort().map((k) => [k, env[k]?.trim() ?? '']));
}

const BUILD_CONFIG = path.join(root, '.next', 'usitech-build-config.json');

/**
 * True when there is no production build, a source file changed after it was made, or the shop's
 * details or APP_URL differ from those it was built with (its prerendered pages would show the old ones).
 */
export function needsBuild(env: NodeJS.ProcessEnv = process.env): boolean {
  const buildId = path.join(root, '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  if (SOURCES.some((s) => newestMtime(path.join(root, s)) > built)) return true;
  return existsSync(BUILD_CONFIG) && readFileSync(BUILD_CONFIG, 'utf8') !== buildConfig(env);
}

/** `next build` with `env`, recording the configuration it was built with (needsBuild). The exit status. */
export function buildApp(env: NodeJS.ProcessEnv = process.env): number {
  const build = spawnSync(process.execPath, [nextBin(), 'build'], { stdio: 'inherit', env });
  if (build.status === 0) writeFileSync(BUILD_CONFIG, buildConfig(env));
  return build.status ?? 1;
}

export function nextBin(): string {
  return path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
}
