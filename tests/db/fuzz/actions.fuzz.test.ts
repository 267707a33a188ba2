/**
 * Issue 16, in process: every server action of the code, 1,000 fast-check cases each (FUZZ_RUNS), called
 * directly as the shop's pages call it (useActionState's `(state, formData)`, a plain form's `(formData)`,
 * or arguments of any other type, as a forged request can send), as a visitor, shopper A, shopper B (at
 * A's objects) and the admin. The answer is the action's state (a message or a success), a redirect or a
 * 404, never another throw and never the "something went wrong" of an unexpected error; a refusal (the
 * error state, the 404 of a guard, the way to /login) writes nothing (every table compared, as
 * e2e/support/db-snapshot.ts does around the HTTP fuzzing); a caller the authorization matrix
 * (e2e/authorization/matrix.ts) refuses is refused.
 *
 * The actions are discovered from the code (every export of every 'use server' module), and an action
 * without a row in the matrix fails, so a new one cannot be left out. e2e/fuzz.spec.ts drives the same
 * actions over HTTP against the production build (Next's decoding, the real session), 10 cases each in CI:
 * at about 60 ms a case over HTTP, 1,000 each would not fit; here a case costs a few milliseconds.
 *
 * FUZZ_RUNS=N sets the cases per action (`npm run fuzz -- --in-process --runs 100000`), FUZZ_SEED replays a
 * run (a failure prints fast-check's seed and the failing input), FUZZ_GREP picks actions by key.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { idleState } from '@/lib/forms/action-state';
import { ACTIONS, REFUSALS, type Caller, type Objects } from '../../../e2e/authorization/matrix';
import { changedTables } from '../../../e2e/support/db-snapshot';
import { actionArgs, fieldValue, formFields } from '../../../e2e/support/fuzz-input';
import type { Fields } from '../../../e2e/support/server-action';
import { session } from '../../helpers/test-session';
import { makeFuzzObjects, type FuzzUsers } from './fixtures';
import { request } from './next-request';
import { tableDigest } from './table-digest';

// Outside a Next request: the signed-in user is the case's caller (tests/helpers/test-session.ts refuses as
// the real guards do, a 404 for a visitor or a shopper where they are not allowed); the request's headers
// and cookies are the case's; the cache functions (they need Next's request store) and Auth.js's sign-in
// and sign-out (they set the session cookie) only record their calls; messages in English.
vi.mock('@/server/auth/guards', () => import('../../helpers/test-session'));
// Auth.js ends a sign-in or a sign-out with its redirect (a failed sign-in is the action's own message).
vi.mock('@/server/auth', async () => {
  const { redirect } = await import('next/navigation');
  const to = (options?: { redirectTo?: string }) => redirect(options?.redirectTo ?? '/');
  return { signIn: (_: string, options?: { redirectTo?: string }) => to(options), signOut: to, auth: async () => null };
});
vi.mock('next-auth', () => {
  class AuthError extends Error {}
  return { AuthError, CredentialsSignin: class extends AuthError {} };
});
vi.mock('next/cache', () => import('./next-request'));
vi.mock('next/headers', () => import('./next-request'));
vi.mock('next-intl/server', () => import('../../helpers/next-intl-server'));
// Work an action leaves for after its answer (next/server's after()) runs before the case's tables are compared.
const later = vi.hoisted(() => ({ tasks: [] as Promise<unknown>[] }));
vi.mock('next/server', async (original) => ({
  ...(await original<Record<string, unknown>>()),
  after: (task: Promise<unknown> | (() => unknown)) => {
    later.tasks.push(Promise.resolve(typeof task === 'function' ? task() : task));
  },
}));

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const GREP = process.env.FUZZ_GREP;
const root = path.resolve(import.meta.dirname, '../../..');

/** Every `'use server'` module of the code, as `actions/x.ts`. */
function serverModules(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = path.join(dir, name);
    if (statSync(path.join(root, rel)).isDirectory()) return name === 'node_modules' ? [] : serverModules(rel);
    if (!/\.tsx?$/.test(name) || name.endsWith('.test.ts')) return [];
    return /^\s*['"]use server['"]/.test(readFileSync(path.join(root, rel), 'utf8')) ? [rel] : [];
  });
}

type Action = (...args: unknown[]) => Promise<unknown>;
type Entry = { key: string; fn: Action };

async function discoverActions(): Promise<Entry[]> {
  const files = ['actions', 'app', 'components', 'lib', 'server'].flatMap(serverModules).sort();
  const entries: Entry[] = [];
  for (const file of files) {
    const mod = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value === 'function') entries.push({ key: `${file}#${name}`, fn: value as Action });
    }
  }
  return entries;
}

const CALLERS: Caller[] = ['anon', 'a', 'b', 'admin'];
type Case = { caller: Caller; shape: 'state' | 'form' | 'args'; fields: Fields; args: unknown; ip: string };

/** A form: the matrix's own fields for the action (A's objects) with some changed, left out or added, or any fields. */
function caseFor(base: (o: Objects) => Fields, objects: Objects): fc.Arbitrary<Case> {
  const good = base(objects);
  const mutated = fc
    .tuple(
      fc.array(fc.boolean(), { minLength: good.length, maxLength: good.length }),
      fc.array(fieldValue, { minLength: good.length, maxLength: good.length }),
      formFields(good.map(([name]) => name)),
    )
    .map(([keep, values, extra]): Fields => [
      ...good.flatMap(([name, value], i): Fields => (keep[i] ? [[name, value]] : [[name, values[i]!]])),
      ...extra,
    ]);
  const fields = good.length > 0 ? fc.oneof(mutated, formFields(good.map(([name]) => name))) : formFields([]);
  return fc.record({
    caller: fc.constantFrom(...CALLERS),
    shape: fc.constantFrom<Case['shape']>('state', 'state', 'state', 'state', 'form', 'args'),
    fields,
    args: actionArgs.map((json) => (json === undefined ? [] : safeParse(json))),
    ip: fc.ipV4(),
  });
}

function safeParse(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return json;
  }
}

/** FormData as the server decodes a multipart post: text parts as UTF-8 (bad bytes replaced), files as files. */
function toFormData(fields: Fields): FormData {
  const form = new FormData();
  for (const [name, value] of fields) {
    if (typeof value === 'string') form.append(name, value);
    else if (Buffer.isBuffer(value)) form.append(name, value.toString('utf8'));
    else form.append(name, new File([new Uint8Array(value.buffer)], value.name || 'blob', { type: value.mimeType }));
  }
  return form;
}

type Outcome = 'ok' | 'error' | 'redirect' | 'login' | '404';

/** What a throw from an action means: Next's redirect and 404 are answers; anything else is a failure. */
function thrown(error: unknown): Outcome {
  const digest =
    typeof (error as { digest?: unknown }).digest === 'string'
      ? (error as { digest: string }).digest
      : error instanceof Error
        ? error.message
        : '';
  if (digest.startsWith('NEXT_REDIRECT')) return /;\/(vi\/)?login[?;]/.test(digest) ? 'login' : 'redirect';
  if (digest.startsWith('NEXT_HTTP_ERROR_FALLBACK;404')) return '404';
  throw error;
}

const isErrorState = (value: unknown) =>
  typeof value === 'object' && value !== null && (value as { status?: unknown }).status === 'error';

let objects: Objects;
let users: FuzzUsers;
let entries: Entry[];

const digest = tableDigest();

beforeAll(async () => {
  ({ users, objects } = await makeFuzzObjects());
  entries = await discoverActions();
}, 120_000);

afterAll(() => {
  session.user = null;
});

describe('server actions, fuzzed in process (issue 16)', () => {
  it('finds every action of the code, each with a row in the authorization matrix', () => {
    expect(entries.length).toBeGreaterThanOrEqual(45);
    expect(entries.map((e) => e.key).filter((key) => !(key in ACTIONS))).toEqual([]);
    expect(Object.keys(ACTIONS).filter((key) => !entries.some((e) => e.key === key))).toEqual([]);
  });

  it(`answers ${RUNS} cases per action without an unexpected error, and a refusal writes nothing`, async () => {
    const failures: string[] = [];
    const logged = vi.spyOn(console, 'error');
    const started = Date.now();
    for (const entry of entries.filter((e) => !GREP || e.key.includes(GREP))) {
      const row = ACTIONS[entry.key]!;
      let current = await digest();
      const t0 = Date.now();
      const property = fc.asyncProperty(caseFor(row.fields, objects), async (c) => {
        session.user = c.caller === 'anon' ? null : users[c.caller];
        request.headers = new Headers({ 'x-forwarded-for': c.ip, 'x-pathname': '/' });
        request.cookies = new Map();
        logged.mockClear();
        const form = toFormData(c.fields);
        let outcome: Outcome;
        try {
          const args = c.shape === 'state' ? [idleState, form] : c.shape === 'form' ? [form] : (c.args as unknown[]);
          const result = await entry.fn(...(Array.isArray(args) ? args : [args]));
          outcome = isErrorState(result) ? 'error' : 'ok';
        } catch (error) {
          outcome = thrown(error);
        }
        await Promise.all(later.tasks.splice(0));
        const unexpected = logged.mock.calls.filter(([first]) => /unexpected|\[action\]/i.test(String(first)));
        expect(unexpected.map((call) => call.map(String).join(' ').slice(0, 400))).toEqual([]);
        const after = await digest();
        const written = changedTables(current, after);
        current = after;
        // A refusal writes nothing, and so does any call by a caller the matrix refuses. (A plain form's
        // `(formData)` call returns nothing, so its message cannot be seen here; the other shapes' can.)
        const expected = row[c.caller];
        const refused = outcome === 'error' || outcome === 'login' || outcome === '404';
        if (refused || REFUSALS.has(expected)) expect(written, `${c.caller} (${outcome}) wrote`).toEqual([]);
        if (REFUSALS.has(expected) && expected !== 'refused' && c.shape === 'state') {
          expect(refused, `${c.caller} must be refused (${expected}); got ${outcome}`).toBe(true);
        }
      });
      try {
        await fc.assert(property, { numRuns: RUNS, seed: SEED, endOnFailure: true });
      } catch (error) {
        const cause = (error as { cause?: unknown }).cause;
        failures.push(`${entry.key}: ${String(error).slice(0, 3000)}\n  cause: ${String(cause).slice(0, 1500)}`);
      }
      console.info(`  ${entry.key}: ${RUNS} cases in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
    logged.mockRestore();
    console.info(`${entries.length} actions × ${RUNS} cases in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    expect(failures).toEqual([]);
  }, 3_600_000);
});
