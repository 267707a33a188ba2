/**
 * Issue 16, in process: every route handler of the code (each `app/**∕route.ts` and each HTTP method it
 * exports), 1,000 fast-check cases each (FUZZ_RUNS): path parameters, query strings, bodies and signature
 * headers, arbitrary and adversarial (tests/db/fuzz/actions.fuzz.test.ts says how and why in process), as a
 * visitor, shopper A, shopper B and the admin. The answer is never a 5xx (nor a throw), its body can be
 * read to the end, and a refusal (4xx, or a caller the authorization matrix refuses) writes nothing.
 *
 * Discovered from the file tree; a route handler without a row in e2e/authorization/matrix.ts fails.
 * Auth.js's own handler (/api/auth/[...nextauth]) is left to the HTTP fuzzing (e2e/fuzz.spec.ts): it is the
 * library's, and runs only inside Next with its real configuration.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { REFUSALS, ROUTES, type Caller } from '../../../e2e/authorization/matrix';
import { changedTables } from '../../../e2e/support/db-snapshot';
import { routeKey } from '../../../e2e/support/entry-points';
import { encode, queryString } from '../../../e2e/support/fuzz-input';
import { session } from '../../helpers/test-session';
import { makeFuzzObjects, type FuzzUsers } from './fixtures';
import { request } from './next-request';
import { tableDigest } from './table-digest';

vi.mock('@/server/auth/guards', () => import('../../helpers/test-session'));
vi.mock('@/server/auth', async () => {
  const { redirect } = await import('next/navigation');
  return { signIn: () => redirect('/'), signOut: () => redirect('/'), auth: async () => null };
});
vi.mock('next/cache', () => import('./next-request'));
vi.mock('next/headers', () => import('./next-request'));
// /api/health, robots and sitemap call connection() (per request, never from the build); here there is no request scope.
vi.mock('next/server', async (actual) => ({
  ...(await actual<Record<string, unknown>>()),
  connection: (await import('./next-request')).connection,
}));
vi.mock('next-intl/server', () => import('../../helpers/next-intl-server'));

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const GREP = process.env.FUZZ_GREP;
const root = path.resolve(import.meta.dirname, '../../..');
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
const LIBRARY_OWN = new Set(['/api/auth/[...nextauth]']);

function routeFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = path.join(dir, name);
    if (statSync(path.join(root, rel)).isDirectory()) return routeFiles(rel);
    return /^route\.tsx?$/.test(name) ? [rel] : [];
  });
}

type Handler = (request: NextRequest, context: { params: Promise<Record<string, string | string[]>> }) => unknown;
type Entry = { key: string; file: string; method: string; handler: Handler; segments: string[] };

async function discoverRoutes(): Promise<Entry[]> {
  const entries: Entry[] = [];
  for (const file of routeFiles('app').sort()) {
    const appPath = `/${path.relative('app', file).replace(/\.tsx?$/, '')}`;
    const key = routeKey(appPath);
    if (LIBRARY_OWN.has(key)) {
      entries.push({ key, file, method: '*', handler: () => undefined, segments: [] });
      continue;
    }
    const mod = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>;
    const segments = appPath.split('/').filter((s) => /^\[.*\]$/.test(s));
    for (const method of METHODS) {
      if (typeof mod[method] === 'function') {
        entries.push({ key, file, method, handler: mod[method] as Handler, segments });
      }
    }
  }
  return entries;
}

const CALLERS: Caller[] = ['anon', 'a', 'b', 'admin'];
const headerValue = fc.stringMatching(/^[\x20-\x7e]{0,120}$/);
/** A path parameter: A's objects' ids and slugs (objects of others, for B), the locales, or anything. */
const paramValue = (real: string[]) =>
  fc.oneof(
    fc.constantFrom(...real),
    fc.constantFrom('en', 'vi', 'x', '..', '%00', '00000000-0000-4000-8000-000000000000'),
    fc.string({ maxLength: 80 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.uuid().map(String),
  );
const body = fc.oneof(
  fc.constant(undefined),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.string({ unit: 'binary', maxLength: 2000 }),
  fc.uint8Array({ maxLength: 2000 }),
  fc.constantFrom('{"id":', '[]', '{}', 'null', '{"transferAmount":-1,"content":"USI"}'),
);

const caseArb = (real: string[]) =>
  fc.record({
    caller: fc.constantFrom(...CALLERS),
    params: fc.array(paramValue(real), { minLength: 3, maxLength: 3 }),
    query: queryString,
    body,
    contentType: fc.constantFrom('application/json', 'application/x-www-form-urlencoded', 'text/plain', ''),
    signature: headerValue,
    ip: fc.ipV4(),
  });

let users: FuzzUsers;
let real: string[];
let entries: Entry[];
const digest = tableDigest();

beforeAll(async () => {
  const made = await makeFuzzObjects();
  users = made.users;
  real = Object.values(made.objects);
  entries = await discoverRoutes();
}, 120_000);

describe('route handlers, fuzzed in process (issue 16)', () => {
  it('finds every route handler of the code, each with a row in the authorization matrix', () => {
    expect(entries.length).toBeGreaterThanOrEqual(15);
    expect(entries.map((e) => e.key).filter((key) => !(key in ROUTES))).toEqual([]);
  });

  it(`answers ${RUNS} cases per route handler below 500, and a refusal writes nothing`, async () => {
    const failures: string[] = [];
    const started = Date.now();
    for (const entry of entries.filter((e) => !LIBRARY_OWN.has(e.key) && (!GREP || e.key.includes(GREP)))) {
      const row = ROUTES[entry.key]!;
      let current = await digest();
      const t0 = Date.now();
      const property = fc.asyncProperty(caseArb(real), async (c) => {
        session.user = c.caller === 'anon' ? null : users[c.caller];
        const params: Record<string, string | string[]> = {};
        const pathParts = entry.key.split('/').map((segment) => {
          const m = /^\[(\.\.\.)?(.+)\]$/.exec(segment);
          if (!m) return segment;
          const value = c.params[Object.keys(params).length] ?? 'x';
          params[m[2]!] = m[1] ? value.split('/') : value;
          return encode(value) || 'x';
        });
        if (entry.segments.includes('[locale]')) params.locale = 'en';
        const headers = new Headers({
          'x-forwarded-for': c.ip,
          'x-pathname': '/',
          'x-signature': c.signature,
          'x-usitech-signature': c.signature,
          authorization: `Apikey ${c.signature}`,
        });
        if (c.contentType) headers.set('content-type', c.contentType);
        request.headers = headers;
        request.cookies = new Map();
        const url = `http://localhost${pathParts.join('/')}${c.query ? `?${c.query}` : ''}`;
        const withBody = !['GET', 'HEAD'].includes(entry.method) && c.body !== undefined;
        const req = new NextRequest(url, {
          method: entry.method,
          headers,
          ...(withBody ? { body: c.body as BodyInit } : {}),
        });
        const response = (await entry.handler(req, { params: Promise.resolve(params) })) as Response;
        expect(response.status, `${entry.method} ${url}`).toBeLessThan(500);
        await response.arrayBuffer();
        const after = await digest();
        const written = changedTables(current, after);
        current = after;
        const location = response.headers.get('location') ?? '';
        const refused = response.status >= 400 || /\/login(\?|$)/.test(location);
        if (refused || REFUSALS.has(row[c.caller])) {
          expect(written, `${c.caller} got ${response.status} but wrote`).toEqual([]);
        }
      });
      try {
        await fc.assert(property, { numRuns: RUNS, seed: SEED, endOnFailure: true });
      } catch (error) {
        const cause = (error as { cause?: unknown }).cause;
        failures.push(`${entry.method} ${entry.key}: ${String(error).slice(0, 3000)}\n  cause: ${String(cause)}`);
      }
      console.info(`  ${entry.method} ${entry.key}: ${RUNS} cases in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
    console.info(`${entries.length} route handlers × ${RUNS} cases in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    expect(failures).toEqual([]);
  }, 3_600_000);
});
