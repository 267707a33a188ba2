import { openConfigured } from '../db/client';
import { loadDotEnv } from './lib/runtime';

loadDotEnv();
const target = process.env.DATABASE_URL
  ? 'Postgres (DATABASE_URL)'
  : `PGlite (${process.env.DATA_DIR || '.data'}/pglite)`;
const handle = openConfigured();
try {
  const started = Date.now();
  await handle.migrate();
  console.log(`Migrations applied to ${target} in ${Date.now() - started} ms.`);
} catch (error) {
  console.error(`Could not migrate ${target}:`, error);
  console.error(
    process.env.DATABASE_URL
      ? 'Check that the server is running and DATABASE_URL is right.'
      : 'Stop any running `npm start` / `npm run dev` first: only one process may open the PGlite folder.',
  );
  process.exitCode = 1;
} finally {
  await handle.close();
}
