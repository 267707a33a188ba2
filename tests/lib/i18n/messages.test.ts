/**
 * The message catalog (messages/<locale>/<namespace>.json, i18n/messages.ts) against the code:
 * - every namespace has a file in each language, with the same keys;
 * - every `t('key')` call finds its key, and every key of a file is used somewhere.
 *
 * The convention the scan relies on: a file takes its translators with a literal namespace,
 * `useTranslations('shell')`, `getTranslations('shell')` or `getTranslations({ locale, namespace: 'shell' })`
 * (or imports `@/messages/en/<namespace>.json` itself),
 * and names every key it uses as a quoted literal somewhere in the same file: `t('signIn')`, or
 * `{ label: 'about' }` passed on to `t(link.label)`. A key no such file quotes is unused.
 * Validation messages are named where the schema is (`vm('emailRequired')`, lib/validations/messages.ts)
 * and translated where the error is shown: a `vm('…')` anywhere uses that key of `validation`. Likewise
 * the data layer's refusals (`new AppError(code, em('workflowGone'))`, lib/errors.ts): an `em('…')`
 * anywhere, the data layer (db/) included, uses that key of `errors`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NAMESPACES } from '@/i18n/messages';
import { routing } from '@/i18n/routing';

const root = path.resolve(import.meta.dirname, '../../..');
const CODE_DIRS = ['app', 'components', 'lib', 'actions', 'server', 'i18n'];
/** Where message keys are named without a translator: `vm('…')`, `em('…')`. */
const KEY_DIRS = [...CODE_DIRS, 'db', 'scripts'];
const KEY_HELPERS = { vm: 'validation', em: 'errors' } as const;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

function flatKeys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => flatKeys(v, prefix ? `${prefix}.${k}` : k));
}

const catalog = (locale: string, ns: string) =>
  flatKeys(JSON.parse(readFileSync(path.join(root, 'messages', locale, `${ns}.json`), 'utf8')) as unknown).sort();

// …or imports a namespace's file itself (app/[locale]/error.tsx: a client component without a provider).
const NAMESPACE_USE =
  /(?:(?:useTranslations|getTranslations)\(\s*(?:\{[^}]*?namespace:\s*)?'([\w.-]+)'|@\/messages\/en\/([\w-]+)\.json')/g;

/** For each namespace: the quoted literals of the files that translate with it, and their t('…') calls. */
function usage() {
  const quoted = new Map<string, Set<string>>();
  const called = new Map<string, Set<string>>();
  for (const file of KEY_DIRS.flatMap((d) => sourceFiles(path.join(root, d)))) {
    const text = readFileSync(file, 'utf8');
    for (const [, helper, key] of text.matchAll(/\b(vm|em)\('([\w.-]+)'\)/g)) {
      const ns = KEY_HELPERS[helper as keyof typeof KEY_HELPERS];
      (quoted.get(ns) ?? quoted.set(ns, new Set()).get(ns)!).add(key as string);
    }
    if (!CODE_DIRS.some((d) => file.startsWith(path.join(root, d) + path.sep))) continue;
    const namespaces = [...text.matchAll(NAMESPACE_USE)].map((m) => (m[1] ?? m[2]) as string);
    if (namespaces.length === 0) continue;
    const literals = [...text.matchAll(/'([\w.-]+)'/g)].map((m) => m[1] as string);
    const calls = [...text.matchAll(/\bt\('([\w.-]+)'/g)].map((m) => m[1] as string);
    for (const ns of namespaces) {
      for (const l of literals) (quoted.get(ns) ?? quoted.set(ns, new Set()).get(ns)!).add(l);
      // A file with one namespace: each t('…') call is that namespace's.
      if (new Set(namespaces).size === 1) {
        for (const c of calls) (called.get(ns) ?? called.set(ns, new Set()).get(ns)!).add(c);
      }
    }
  }
  return { quoted, called };
}

describe('the message catalog', () => {
  const { quoted, called } = usage();

  it.each([...NAMESPACES])('%s: the same keys in every language', (ns) => {
    const [first, ...others] = routing.locales;
    for (const locale of others)
      expect(catalog(locale, ns), `${locale}/${ns}.json vs ${first}`).toEqual(catalog(first, ns));
  });

  it.each([...NAMESPACES])('%s: every key is used by the code', (ns) => {
    const unused = catalog('en', ns).filter((key) => !quoted.get(ns)?.has(key));
    expect(unused, `keys in messages/*/${ns}.json no code quotes`).toEqual([]);
  });

  // Written outside a request with createTranslator (the PDF, the mail worker, notices): same keys in both.
  it.each(['invoice', 'email'])('%s (server-side translator): the same keys in every language', (ns) => {
    const [first, ...others] = routing.locales;
    for (const locale of others)
      expect(catalog(locale, ns), `${locale}/${ns}.json vs ${first}`).toEqual(catalog(first, ns));
  });

  it('every t(…) call finds its key', () => {
    const missing = [...called].flatMap(([ns, keys]) => {
      const known = new Set(NAMESPACES.includes(ns as never) ? catalog('en', ns) : []);
      return [...keys].filter((k) => !known.has(k)).map((k) => `${ns}.${k}`);
    });
    expect(missing).toEqual([]);
  });

  it('every namespace the code uses has message files', () => {
    const hasFiles = (ns: string) =>
      routing.locales.every((locale) => existsSync(path.join(root, 'messages', locale, `${ns}.json`)));
    expect([...quoted.keys()].filter((ns) => !hasFiles(ns))).toEqual([]);
  });
});
