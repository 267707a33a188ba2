import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/** Debian's chromium (or PLAYWRIGHT_CHROMIUM_PATH); undefined = Playwright's own download. */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.PLAYWRIGHT_CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => Boolean(p && existsSync(p)));
}

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  // Started against its own cluster (nginx + two instances): playwright.cluster.config.ts.
  testIgnore: '**/cluster.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI
    ? [['list'], ['json', { outputFile: '.test-results/e2e.json' }]]
    : [['list'], ['json', { outputFile: '.test-results/e2e.json' }], ['html', { open: 'never' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    // scripts/e2e.ts prepares a fresh database and builds; start.ts migrates, seeds (SEED_DEMO) and serves.
    command: 'node --import tsx scripts/start.ts',
    url: `${baseURL}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      APP_URL: baseURL,
      NEXT_TELEMETRY_DISABLED: '1',
      // x-db-queries on every response (lib/http/query-count.ts): e2e/page-cache.spec.ts counts them.
      REPORT_DB_QUERIES: '1',
      ...(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : { DATABASE_URL: '' }),
      DATA_DIR: process.env.E2E_DATA_DIR ?? '.data/e2e',
      // Every journey registers from the same address; e2e/throttle.spec.ts fills the budget itself.
      REGISTRATION_LIMIT_PER_HOUR: '100000',
      TRUST_PROXY: '',
      // The journeys sign in as the demo accounts: a Postgres database gets the demo shop only when asked.
      SEED_DEMO: '1',
      PAYMENT_WEBHOOK_SECRET: process.env.PAYMENT_WEBHOOK_SECRET ?? 'e2e-webhook-secret-0123456789abcdef',
      // scripts/e2e.ts runs a local SMTP sink; the journeys read mail from its folder (e2e/mail.ts).
      SMTP_URL: process.env.E2E_SMTP_URL ?? '',
    },
  },
});
