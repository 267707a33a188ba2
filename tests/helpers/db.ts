import type { DbHandle } from '@/db/client';

/** The database handle of the current test file (installed by tests/setup/db.ts). */
export function testHandle(): DbHandle {
  const handle = (globalThis as { __usitechDb?: DbHandle }).__usitechDb;
  if (!handle) throw new Error('No test database: is this file under tests/db/?');
  return handle;
}

export const testDriver = (): 'pglite' | 'postgres' => (process.env.TEST_DRIVER === 'postgres' ? 'postgres' : 'pglite');
