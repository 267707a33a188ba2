/**
 * The automation platforms a template is made for (`workflows.metadata.platform`, `n8n` when absent):
 * the admin form's choice, the catalog's "Platform" filter and the cards' badge. Brand names, the same in
 * every language. Pure code: client and server components import it.
 */
export const WORKFLOW_PLATFORMS = ['n8n', 'make', 'zapier'] as const;
export type WorkflowPlatform = (typeof WORKFLOW_PLATFORMS)[number];

export const PLATFORM_NAMES: Record<WorkflowPlatform, string> = { n8n: 'n8n', make: 'Make', zapier: 'Zapier' };

export function isWorkflowPlatform(value: unknown): value is WorkflowPlatform {
  return typeof value === 'string' && (WORKFLOW_PLATFORMS as readonly string[]).includes(value);
}

/**
 * An n8n version as catalog_entries.min_n8n holds it: major·1,000,000 + minor·1,000 + patch (`1.19.0` →
 * 1019000). Parts above 999 are clamped, missing parts are 0.
 */
export function encodeN8nVersion(version: string): number {
  const [major = 0, minor = 0, patch = 0] = version.split('.').map((p) => Math.min(999, Number(p) || 0));
  return major * 1_000_000 + minor * 1_000 + patch;
}

/** 1019000 → `1.19` (the patch shown only when it is not 0). */
export function formatN8nVersion(encoded: number): string {
  const major = Math.floor(encoded / 1_000_000);
  const minor = Math.floor(encoded / 1_000) % 1_000;
  const patch = encoded % 1_000;
  return patch ? `${major}.${minor}.${patch}` : `${major}.${minor}`;
}

/**
 * The catalog's matches grouped by platform, lowest n8n version (null: none stated) and community nodes:
 * one small aggregate from which every "Runs on" facet is counted (compatFacets).
 */
export type CompatGroup = { platform: string; minN8n: number | null; community: boolean; count: number };

export type CompatFilters = { platform?: WorkflowPlatform; n8n?: number; builtIn: boolean };

/** Whether a group meets the "my n8n version" filter (which means an n8n template) and the built-in filter. */
const meetsVersion = (g: CompatGroup, n8n: number | undefined) =>
  n8n === undefined || (g.platform === 'n8n' && (g.minN8n === null || g.minN8n <= n8n));
const meetsBuiltIn = (g: CompatGroup, builtIn: boolean) => !builtIn || !g.community;
const meetsPlatform = (g: CompatGroup, platform: WorkflowPlatform | undefined) =>
  platform === undefined || g.platform === platform;
const total = (groups: CompatGroup[]) => groups.reduce((sum, g) => sum + g.count, 0);

/**
 * Each facet counts the matches of every filter but its own: the platforms (with any platform), the n8n
 * versions (each stated minimum, newest first: "my n8n is this one or newer"; then "older than all of them"
 * as version 0) and the templates without community nodes.
 */
export function compatFacets(groups: CompatGroup[], f: CompatFilters) {
  const forPlatforms = groups.filter((g) => meetsVersion(g, f.n8n) && meetsBuiltIn(g, f.builtIn));
  const platforms = Object.fromEntries(
    WORKFLOW_PLATFORMS.map((p) => [p, total(forPlatforms.filter((g) => g.platform === p))]),
  ) as Record<WorkflowPlatform, number>;
  const forVersions = groups.filter((g) => meetsPlatform(g, f.platform) && meetsBuiltIn(g, f.builtIn));
  const minimums = [...new Set(groups.flatMap((g) => (g.minN8n === null ? [] : [g.minN8n])))].sort((a, b) => b - a);
  const versions = [...minimums, 0].map((v) => ({
    version: v,
    count: total(forVersions.filter((g) => meetsVersion(g, v))),
  }));
  const forBuiltIn = groups.filter((g) => meetsPlatform(g, f.platform) && meetsVersion(g, f.n8n));
  return {
    platforms,
    anyPlatform: total(forPlatforms),
    versions,
    anyVersion: total(forVersions),
    builtIn: total(forBuiltIn.filter((g) => !g.community)),
  };
}
