import { expect } from 'vitest';
import { isAppError } from '@/lib/errors';

/**
 * The concurrency set (docs/CONTRIBUTING.md "Concurrency"): each file fires one race as PARALLEL calls
 * through the real data layer on the file's own Postgres database (a pool of 20 connections, so 20
 * transactions overlap at any moment), then checks what the database holds. PGlite runs one statement at a
 * time, so these run on Postgres only.
 */
export const PARALLEL = 50;

/** `n` calls started at once; every outcome, in call order. */
export function race<T>(n: number, call: (i: number) => Promise<T>): Promise<PromiseSettledResult<T>[]> {
  return Promise.allSettled(Array.from({ length: n }, (_, i) => call(i)));
}

export const fulfilled = <T>(outcomes: PromiseSettledResult<T>[]) =>
  outcomes.filter((o): o is PromiseFulfilledResult<T> => o.status === 'fulfilled').map((o) => o.value);

/**
 * The refusals, each checked to be one the app answers with a sentence (AppError: the action shows it by
 * the form), never a database error that would end as a 500.
 */
export function refusals<T>(outcomes: PromiseSettledResult<T>[]): Array<{ code: string; message: string }> {
  return outcomes
    .filter((o): o is PromiseRejectedResult => o.status === 'rejected')
    .map((o) => {
      const error: unknown = o.reason;
      expect(isAppError(error), `not a clear refusal: ${String(error)}`).toBe(true);
      const { code, message } = error as { code: string; message: string };
      return { code, message };
    });
}
