import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;
const alias = {
  '@': root,
  // server-only throws outside React Server Components; the data layer is tested directly.
  'server-only': path.join(root, 'tests/setup/server-only.ts'),
};

const dbProject = (driver: 'pglite' | 'postgres') => ({
  resolve: { alias },
  test: {
    name: `db-${driver}`,
    include: ['tests/db/**/*.test.ts'],
    environment: 'node',
    // DATA_DIR: files the code under test writes (the demo seed's, uploads) go to a scratch folder.
    // AUTH_SECRET: the key token-bearing mail is encrypted with in the outbox (tests only).
    env: {
      TEST_DRIVER: driver,
      DATA_DIR: path.join(tmpdir(), 'usitech-vitest-data'),
      AUTH_SECRET: 'vitest-only-auth-secret-0123456789abcdef',
    },
    setupFiles: ['tests/setup/db.ts'],
    globalSetup: driver === 'postgres' ? ['tests/setup/postgres-template.ts'] : [],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['tests/lib/**/*.test.ts'],
          environment: 'node',
          // next-intl imports `next/navigation` without an extension, which Node's ESM loader refuses:
          // Vite resolves it instead.
          server: { deps: { inline: ['next-intl'] } },
        },
      },
      dbProject('pglite'),
      ...(process.env.TEST_DATABASE_URL ? [dbProject('postgres')] : []),
    ],
  },
});
