import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Every entry point of the production build, read from its manifests (not from a list kept by hand), so a
 * page, route handler or server action added later shows up here by itself:
 * - pages and route handlers: `.next/server/app-paths-manifest.json` (its keys are the app/ paths);
 * - server actions: `.next/server/server-reference-manifest.json` (id → the file and export that define it).
 * Route groups `(name)` and a leading `[locale]` segment are dropped from a path, so moving pages under
 * app/[locale]/ or between groups keeps their keys.
 */
export type EntryPoint = { kind: 'page' | 'route'; key: string };
export type ActionEntry = { kind: 'action'; key: string; id: string; workers: string[] };

const SERVER = path.join(process.cwd(), '.next', 'server');

/** Next's own pages (the 404 and error pages): not entry points of the app. */
const INTERNAL = new Set(['/_not-found', '/_global-error', '/_error']);

/** `/(shop)/workflows/[slug]/page` → `/workflows/[slug]`; `/[locale]/(shop)/page` → `/`. */
export function routeKey(appPath: string): string {
  const segments = appPath
    .split('/')
    .filter((s) => s && !/^\(.*\)$/.test(s))
    .slice(0, -1);
  if (segments[0] === '[locale]') segments.shift();
  return `/${segments.join('/')}`;
}

export function discoverRoutes(): EntryPoint[] {
  const manifest = JSON.parse(readFileSync(path.join(SERVER, 'app-paths-manifest.json'), 'utf8')) as Record<
    string,
    string
  >;
  const seen = new Map<string, EntryPoint>();
  for (const appPath of Object.keys(manifest)) {
    const kind = appPath.endsWith('/page') ? 'page' : 'route';
    const key = routeKey(appPath);
    if (INTERNAL.has(key)) continue;
    seen.set(`${kind} ${key}`, { kind, key });
  }
  return [...seen.values()].sort((a, b) => a.key.localeCompare(b.key));
}

/** Server actions as `file#export` (e.g. `actions/purchases.ts#cancelPurchaseAction`) with their ids. */
export function discoverActions(): ActionEntry[] {
  const manifest = JSON.parse(readFileSync(path.join(SERVER, 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
  };
  return Object.entries(manifest.node)
    .map(([id, entry]) => ({
      kind: 'action' as const,
      key: `${entry.filename ?? '?'}#${entry.exportedName ?? id}`,
      id,
      workers: Object.keys(entry.workers),
    }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

/**
 * A URL to post `action` to: a page that uses it (Next runs an action from the page the browser is on),
 * preferably one without dynamic segments, a public one when there is one (so the signed-out
 * caller reaches the action itself rather than proxy.ts's sign-in redirect of the account pages).
 */
export function actionPath(action: ActionEntry): string {
  const pages = action.workers.filter((w) => w.endsWith('/page')).map((w) => routeKey(w.replace(/^app/, '')));
  const fixed = pages.filter((p) => !p.includes('['));
  const isPublic = (p: string) => !/^\/(account|admin|checkout)(\/|$)/.test(p);
  // Only pages with parameters: any value reaches the action, which runs before the page renders.
  return fixed.find(isPublic) ?? fixed[0] ?? pages[0]?.replace(/\[[^\]]+\]/g, 'x') ?? '/';
}
