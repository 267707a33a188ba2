import { afterAll, beforeAll } from 'vitest';
import type { DbHandle } from '@/db/client';
import { createTestDatabase } from './test-db';

const holder = globalThis as typeof globalThis & { __usitechDb?: DbHandle };

// Every test file gets its own clean database; `db` from '@/db' points at it.
beforeAll(async () => {
  holder.__usitechDb = await createTestDatabase();
});

afterAll(async () => {
  await holder.__usitechDb?.close();
  holder.__usitechDb = undefined;
});
