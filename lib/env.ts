import { z } from 'zod';
import { parseTrustProxy } from './http/trust-proxy';
import { BankConfigError, resolveBank } from './payments/banks';

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

/**
 * A Vietnamese tax code (MST): 10 digits, or 10 digits + '-' + a 3-digit branch (dependent unit) number, or
 * the 12-digit personal identification number that household and individual businesses use as their tax code.
 */
const TAX_CODE_PATTERN = /^(\d{10}(-\d{3})?|\d{12})$/;

/** The seller's legal details: demo values while unset (development, the demo shop). */
const DEMO_SHOP_DETAILS = {
  SHOP_LEGAL_NAME: 'Demo Shop Company Limited',
  SHOP_ADDRESS: '1 Demo Street, Ben Thanh Ward, Ho Chi Minh City, Vietnam',
  SHOP_TAX_CODE: '0000000000',
  SHOP_SUPPORT_EMAIL: 'support@usitech.local',
} as const;

/**
 * The seller's legal details that are not set (empty or absent) in `source`: the ones a real shop in
 * production must give (scripts/lib/runtime.ts refuses to start without them).
 */
export function unsetShopDetails(source: Record<string, string | undefined>): string[] {
  return Object.keys(DEMO_SHOP_DETAILS).filter((name) => !source[name]?.trim());
}

/** '1', 'true', 'yes' (any case) are on; empty or absent is off. */
const flag = z
  .string()
  .trim()
  .optional()
  .transform((v) => ['1', 'true', 'yes', 'on'].includes((v ?? '').toLowerCase()));

const intString = (fallback: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === undefined || v === '' ? fallback : Number(v)))
    .pipe(z.number().int().positive());

/**
 * Every variable the app reads, with its default. `.env.example` lists the same names.
 * Parsed once at start-up; a bad value stops the process with a message that names it.
 */
const baseEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: intString(3000),
  /** The public base URL (canonical links, sitemap, emails); default `http://localhost:<PORT>`. */
  APP_URL: optionalString.pipe(z.url().optional()),
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === '' ? undefined : v))
    .pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
        .optional(),
    ),
  DATA_DIR: z.string().trim().min(1).default('.data'),
  AUTH_SECRET: optionalString.pipe(
    z.string().min(32, 'must be at least 32 characters (npm start generates one)').optional(),
  ),
  /**
   * Signs the library's "Import into n8n" URLs (lib/workflows/import-token.ts). Unset: a key derived from
   * AUTH_SECRET. Changing it (or AUTH_SECRET while it is unset) voids the URLs handed out (15 minutes each).
   */
  IMPORT_URL_SECRET: optionalString.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
  ADMIN_EMAIL: optionalString.pipe(z.email().optional()),
  ADMIN_PASSWORD: optionalString.pipe(z.string().min(10, 'must be at least 10 characters').optional()),
  /** Seed the demo shop into an empty Postgres database (the embedded database always gets it). */
  SEED_DEMO: flag,
  /** Let a production start go on although demo accounts (published passwords) exist. */
  ALLOW_DEMO_ACCOUNTS: flag,
  /**
   * Which proxies may set X-Forwarded-For: empty (none: the socket address is the client), a number of
   * proxy hops in front of the app, or a comma-separated list of proxy addresses / CIDR ranges.
   */
  TRUST_PROXY: z
    .string()
    .trim()
    .default('')
    .superRefine((value, ctx) => {
      try {
        parseTrustProxy(value);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
      }
    }),
  /** Accounts one client address may register per hour (a few, so "already registered" cannot be mined). */
  REGISTRATION_LIMIT_PER_HOUR: intString(5),
  /** Contact messages one client address, and one sender email, may send per hour. */
  CONTACT_LIMIT_PER_HOUR: intString(5),
  /** The shop's name: header, footer, page titles, emails, invoices, JSON-LD, the default MAIL_FROM. */
  SHOP_NAME: z.string().trim().min(1).default('USITech Marketplace'),
  /** ISO 4217 code of the one currency the shop sells in (prices, invoices, JSON-LD). */
  SHOP_CURRENCY: z.string().trim().length(3).default('VND'),
  /** The IANA time zone every date is shown in (pages, emails, PDFs, exports) and report days start in. */
  SHOP_TIME_ZONE: z
    .string()
    .trim()
    .default('Asia/Ho_Chi_Minh')
    .refine(isTimeZone, 'must be an IANA time zone name such as Asia/Ho_Chi_Minh or Europe/Berlin'),
  // The seller as the law knows it (footer, About, Terms, Privacy, invoices). Demo values stand in when
  // unset; `npm start` in production refuses to run without them (scripts/lib/runtime.ts).
  /** The registered name of the company or household business ("Công ty TNHH …"). */
  SHOP_LEGAL_NAME: optionalString.pipe(z.string().max(200).optional()),
  /** The registered address, one line. */
  SHOP_ADDRESS: optionalString.pipe(z.string().max(300).optional()),
  /** The tax code (mã số thuế, MST): see TAX_CODE_PATTERN. */
  SHOP_TAX_CODE: optionalString.pipe(
    z
      .string()
      .regex(
        TAX_CODE_PATTERN,
        "must be the 10-digit tax code (MST), 10 digits, '-' and the 3-digit branch number (0312345678-001), or a household business's 12-digit personal number",
      )
      .optional(),
  ),
  /** Where customers write about orders, refunds and their data (legal pages, invoices). */
  SHOP_SUPPORT_EMAIL: optionalString.pipe(z.email().optional()),
  // Either or both: a bank name from the directory ("Vietcombank", "ACB") finds its BIN and vice versa.
  PAYMENT_BANK_BIN: optionalString.pipe(
    z
      .string()
      .regex(/^\d{6}$/, 'must be the 6-digit bank BIN (e.g. 970436 for Vietcombank)')
      .optional(),
  ),
  PAYMENT_BANK_NAME: optionalString,
  PAYMENT_ACCOUNT_NUMBER: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z]{6,19}$/, 'must be 6–19 letters or digits')
    .default('0000123456789'),
  PAYMENT_ACCOUNT_NAME: z.string().trim().min(1).max(50).default('USITECH DEMO SHOP'),
  PAYMENT_TTL_HOURS: intString(24),
  PAYMENT_WEBHOOK_SECRET: optionalString,
  PAYMENT_SEPAY_API_KEY: optionalString,
  PAYMENT_CASSO_CHECKSUM_KEY: optionalString,
  SMTP_URL: optionalString,
  /** Default: `"<SHOP_NAME>" <no-reply@usitech.local>`. */
  MAIL_FROM: optionalString,
  /** Messages sent at once, each over its own pooled SMTP connection (lower it for a provider's limit). */
  MAIL_CONCURRENCY: intString(8),
  S3_ENDPOINT: optionalString,
  S3_BUCKET: optionalString,
  S3_REGION: optionalString,
  S3_ACCESS_KEY_ID: optionalString,
  S3_SECRET_ACCESS_KEY: optionalString,
  /**
   * Set by scripts/serve.ts at boot, not by you: the name of the request header it stamps the client
   * address into (lib/http/client-ip.ts). Empty under a plain `next start`.
   */
  CLIENT_ADDRESS_HEADER: optionalString,
});

/** The names of the variables this app reads (the keys of the schema). */
const VARIABLES = Object.keys(baseEnvSchema.shape) as (keyof typeof baseEnvSchema.shape)[];

/** A zone name the runtime's Intl knows (Intl throws a RangeError for any other). */
function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(name);
  } catch {
    return false;
  }
}

/** `Shop "A"` → `"Shop \"A\""`: a display name that is safe in an address header. */
function quotedName(name: string): string {
  return `"${name.replace(/["\\]/g, '\\$&')}"`;
}

/**
 * Defaults that depend on other variables (APP_URL on PORT, MAIL_FROM on SHOP_NAME; APP_URL without a
 * trailing slash), the demo seller details where unset, and the payee bank: BIN and name resolved against the bank directory (Vietcombank
 * when neither is set).
 */
export const envSchema = baseEnvSchema.transform((env, ctx) => {
  try {
    const bank = resolveBank({ bin: env.PAYMENT_BANK_BIN, name: env.PAYMENT_BANK_NAME });
    return {
      ...env,
      APP_URL: (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ''),
      MAIL_FROM: env.MAIL_FROM ?? `${quotedName(env.SHOP_NAME)} <no-reply@usitech.local>`,
      SHOP_LEGAL_NAME: env.SHOP_LEGAL_NAME ?? DEMO_SHOP_DETAILS.SHOP_LEGAL_NAME,
      SHOP_ADDRESS: env.SHOP_ADDRESS ?? DEMO_SHOP_DETAILS.SHOP_ADDRESS,
      SHOP_TAX_CODE: env.SHOP_TAX_CODE ?? DEMO_SHOP_DETAILS.SHOP_TAX_CODE,
      SHOP_SUPPORT_EMAIL: env.SHOP_SUPPORT_EMAIL ?? DEMO_SHOP_DETAILS.SHOP_SUPPORT_EMAIL,
      PAYMENT_BANK_BIN: bank.bin,
      PAYMENT_BANK_NAME: bank.name,
    };
  } catch (error) {
    if (!(error instanceof BankConfigError)) throw error;
    ctx.issues.push({ code: 'custom', message: error.message, input: env, path: [error.variable] });
    return z.NEVER;
  }
});

export type Env = z.output<typeof envSchema>;

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(env)'}: ${issue.message}`);
  throw new Error(
    `Invalid environment configuration:\n${lines.join('\n')}\nFix the variable(s) above in your environment or .env (see .env.example).`,
  );
}

let cached: { key: string; env: Env } | undefined;

/**
 * The validated configuration of this process: the one way app code reads the environment (scripts and
 * tests may read their own). Parsed on first use and again only when one of its variables changed
 * (the start-up scripts fill in AUTH_SECRET; tests stub variables). Server only: a client component
 * gets what it needs as a prop from its server component.
 *
 * In production (Next inlines `process.env.NODE_ENV` in its build) the first parse is kept for the
 * life of the process: nothing changes the environment once the server runs (scripts/serve.ts sets
 * its own variables before Next loads), and reading the ~40 variables back from process.env on each call
 * (a price, a date, a URL: dozens per page) cost ≈ 1 ms of every rendered request (issue 20).
 */
export function env(): Env {
  if (typeof window !== 'undefined') {
    throw new Error('lib/env.ts is server configuration: pass the value to the client component as a prop.');
  }
  if (cached && process.env.NODE_ENV === 'production') return cached.env;
  const key = JSON.stringify(VARIABLES.map((name) => process.env[name]));
  if (cached?.key !== key) cached = { key, env: parseEnv() };
  return cached.env;
}

/** NODE_ENV=development (`npm run dev`): relaxed CSP for React's dev tooling. */
export function isDevelopment(): boolean {
  return env().NODE_ENV === 'development';
}

/** NODE_ENV=test (vitest): tests drive background work themselves. */
export function isTest(): boolean {
  return env().NODE_ENV === 'test';
}
