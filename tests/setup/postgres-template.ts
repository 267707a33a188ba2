import { openPostgres } from '@/db/client';
import { adminSql, templateName, withDatabase } from './test-db';

/** Once per run: a migrated template database that every Postgres test file copies. */
export default async function setup() {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) return;
  const template = templateName(base);
  try {
    await adminSql(base, `DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await adminSql(base, `CREATE DATABASE ${template}`);
  } catch (error) {
    throw new Error(
      `Cannot create the test template database on ${base}: ${(error as Error).message}. ` +
        'Is Postgres running, and may this user create databases? (.ci/run creates usitech_test.)',
    );
  }
  const handle = openPostgres(withDatabase(base, template), 1);
  await handle.migrate();
  await handle.close();
  return async () => {
    await adminSql(base, `DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  };
}
