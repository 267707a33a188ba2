import 'server-only';
import { sql } from 'drizzle-orm';
import { db } from '@/db';

/** True when the database answers a trivial query within `timeoutMs`. */
export async function isDatabaseUp(timeoutMs = 3000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('database health check timed out')), timeoutMs);
    });
    await Promise.race([db.execute(sql`select 1`), timeout]);
    return true;
  } catch (error) {
    console.error('[health] database check failed:', error);
    return false;
  } finally {
    clearTimeout(timer);
  }
}
