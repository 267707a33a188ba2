import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * e2e/cluster.spec.ts: the shop behind nginx with two instances (scripts/lib/cluster.ts), started by the
 * spec itself on the e2e build and database (`npm run test:e2e -- --config playwright.cluster.config.ts`;
 * `npm test` runs it after the other journeys). The balancer listens on E2E_PORT, so the build the other
 * journeys used (APP_URL http://localhost:E2E_PORT) serves here too; the instances on the next two ports.
 */
export default defineConfig({
  ...base,
  testIgnore: undefined,
  testMatch: '**/cluster.spec.ts',
  timeout: 180_000,
  webServer: undefined,
  reporter: [['list'], ['json', { outputFile: '.test-results/e2e-cluster.json' }]],
});
