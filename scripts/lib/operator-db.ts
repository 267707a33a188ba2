/**
 * The frame of a one-off operator command (`admin:create`, `demo:remove`): open the configured database
 * (DATABASE_URL, else the embedded PGlite), apply the migrations, run `work`, close. A failure is printed
 * with its cause and the likely fix, and sets exit code 1.
 */
import { openConfigured, type Database } from '../../db/client';

/** Where the command writes, in words. */
export function databaseLabel(): string {
  return process.env.DATABASE_URL?.trim()
    ? 'Postgres (DATABASE_URL)'
    : `the embedded PGlite (${process.env.DATA_DIR || '.data'}/pglite)`;
}

export async function withOperatorDatabase(
  doing: string,
  work: (db: Database, target: string) => Promise<void>,
): Promise<void> {
  const target = databaseLabel();
  let handle: ReturnType<typeof openConfigured> | undefined;
  try {
    handle = openConfigured();
    await handle.migrate();
    await work(handle.db, target);
  } catch (error) {
    console.error(`Could not ${doing} in ${target}: ${(error as Error).message}`);
    console.error(
      process.env.DATABASE_URL?.trim()
        ? 'Check that Postgres is running and that DATABASE_URL points at a database you can write to.'
        : 'Stop a running `npm start` / `npm run dev` first: only one process may open the PGlite folder.',
    );
    process.exitCode = 1;
  } finally {
    await handle?.close();
  }
}
