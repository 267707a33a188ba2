import { z } from 'zod';
import { parseTrustProxy } from './http/trust-proxy';
import { BankConfigError, resolveBank } from './payments/banks';

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

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
  APP_URL: z.url().default('http://localhost:3000'),
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
  SHOP_NAME: z.string().trim().min(1).default('USITech Marketplace'),
  SHOP_CURRENCY: z.string().trim().length(3).default('VND'),
  // Either or both: a bank name from the directory ("Vietcombank", "ACB") finds its BIN and vice versa.
  PAYMENT_BANK_BIN: optionalString.pipe(
    z.string().regex(/^\d{6}$/, 'must be the 6-digit bank BIN (e.g. 970436 for Vietcombank)').optional(),
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
  MAIL_FROM: z.string().trim().default('USITech Marketplace <no-reply@usitech.local>'),
  S3_ENDPOINT: optionalString,
  S3_BUCKET: optionalString,
  S3_REGION: optionalString,
  S3_ACCESS_KEY_ID: optionalString,
  S3_SECRET_ACCESS_KEY: optionalString,
});

/** The payee bank: BIN and name resolved against the bank directory (Vietcombank when neither is set). */
export const envSchema = baseEnvSchema.transform((env, ctx) => {
  try {
    const bank = resolveBank({ bin: env.PAYMENT_BANK_BIN, name: env.PAYMENT_BANK_NAME });
    return { ...env, PAYMENT_BANK_BIN: bank.bin, PAYMENT_BANK_NAME: bank.name };
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
  const lines = result.error.issues.map(
    (issue) => `  ${issue.path.join('.') || '(env)'}: ${issue.message}`,
  );
  throw new Error(
    `Invalid environment configuration:\n${lines.join('\n')}\nFix the variable(s) above in your environment or .env (see .env.example).`,
  );
}

let cached: Env | undefined;

/** The validated configuration of this process. */
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}
