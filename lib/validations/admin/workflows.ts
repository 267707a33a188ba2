import { z } from 'zod';
import { parseWholePrice } from '@/lib/money';
import { hasUnstorableDeep } from '../text';
import { idSchema, manySchema, slugInputSchema } from './common';
import { choiceFilter, listFilters, searchFilter, type ListParams } from './list-filters';
import { optionalVietnamese } from './vietnamese';
import { WORKFLOW_PLATFORMS } from '@/lib/workflows/platforms';

export const WORKFLOW_LEVELS = ['beginner', 'intermediate', 'advanced'] as const;
export const MAX_FEATURES = 20;
export const MAX_DEFINITION_CHARS = 2_000_000;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * What makes pasted or uploaded JSON an n8n workflow export: an object with a non-empty `nodes` array
 * (each node with a name and a type) and a `connections` object. Returns the problem, or null.
 */
export function n8nExportProblem(json: unknown): string | null {
  if (!isRecord(json)) return 'The workflow JSON must be an object, as n8n exports it.';
  if (!Array.isArray(json.nodes) || json.nodes.length === 0) return 'The workflow JSON has no "nodes" list.';
  if (!json.nodes.every((n) => isRecord(n) && typeof n.name === 'string' && typeof n.type === 'string')) {
    return 'Every node in the workflow JSON needs a "name" and a "type".';
  }
  if (!isRecord(json.connections)) return 'The workflow JSON has no "connections" object.';
  return null;
}

export const definitionSchema = z
  .string({ error: 'Paste or upload the workflow JSON.' })
  .trim()
  .min(1, 'Paste or upload the workflow JSON.')
  .max(MAX_DEFINITION_CHARS, 'The workflow JSON is larger than 2 MB.')
  .transform((text, ctx) => {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'This is not valid JSON.' });
      return z.NEVER;
    }
    // "\u0000" or a lone "\ud800" escape parses fine but cannot be stored in a jsonb column.
    const problem = hasUnstorableDeep(json)
      ? 'The workflow JSON holds a \\u0000 (NUL) or an unpaired \\ud800-style escape, which cannot be stored: remove it and upload again.'
      : n8nExportProblem(json);
    if (problem) {
      ctx.addIssue({ code: 'custom', message: problem });
      return z.NEVER;
    }
    return json as Record<string, unknown>;
  });

/** '' → undefined, for optional selects and number inputs. */
const blank = (v: unknown) => (v === '' || v === null ? undefined : v);

export const workflowFormSchema = z.object({
  title: z
    .string({ error: 'Enter a title.' })
    .trim()
    .min(3, 'Enter at least 3 characters.')
    .max(120, 'Use at most 120 characters.'),
  slug: slugInputSchema,
  shortDescription: z
    .string({ error: 'Enter a short description.' })
    .trim()
    .min(10, 'Enter at least 10 characters.')
    .max(240, 'Use at most 240 characters.'),
  description: z
    .string({ error: 'Describe the workflow.' })
    .trim()
    .min(20, 'Enter at least 20 characters.')
    .max(20_000, 'Use at most 20,000 characters.'),
  price: z
    .string({ error: 'Enter a price.' })
    .trim()
    .min(1, 'Enter a price.')
    .transform((v, ctx) => {
      const price = parseWholePrice(v);
      if (price === null) {
        ctx.addIssue({ code: 'custom', message: 'Enter the price in whole đồng, e.g. 250000 or 250.000.' });
        return z.NEVER;
      }
      return price;
    })
    .refine((v) => BigInt(v) > 0n, 'The price must be more than 0.'),
  status: z.enum(['active', 'expired']).default('active'),
  features: manySchema(z.string().trim().max(160, 'Keep each feature under 160 characters.'))
    .transform((list) => list.filter(Boolean))
    .pipe(z.array(z.string()).max(MAX_FEATURES, `List at most ${MAX_FEATURES} features.`)),
  categoryIds: manySchema(z.uuid('Choose categories from the list.'))
    .transform((ids) => [...new Set(ids)])
    .pipe(z.array(z.string()).max(10, 'Choose at most 10 categories.')),
  platform: z.enum(WORKFLOW_PLATFORMS).default('n8n'),
  apps: z
    .string()
    .optional()
    .transform((v) => [
      ...new Set(
        (v ?? '')
          .split(',')
          .map((a) => a.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(z.array(z.string().max(40, 'Keep each app name under 40 characters.')).max(20, 'List at most 20 apps.')),
  setupMinutes: z.preprocess(
    blank,
    z.coerce
      .number({ error: 'Enter minutes as a number.' })
      .int('Enter whole minutes.')
      .min(1, 'At least 1 minute.')
      .max(1440, 'At most 1440 minutes.')
      .optional(),
  ),
  level: z.preprocess(blank, z.enum(WORKFLOW_LEVELS).optional()),
  definition: definitionSchema,
  /** The optional Vietnamese version (issue 14), under the English fields' rules. */
  titleVi: optionalVietnamese(3, 120),
  shortDescriptionVi: optionalVietnamese(10, 240),
  descriptionVi: optionalVietnamese(20, 20_000),
});

export const workflowUpdateSchema = workflowFormSchema.extend({ id: idSchema });
export const workflowDeleteSchema = z.object({ id: idSchema });

export type WorkflowFormInput = z.input<typeof workflowUpdateSchema>;
export type WorkflowFormData = z.output<typeof workflowFormSchema>;

/** The workflows list's URL state (`?q=&status=&sort=&page=`). */
export const workflowListFilters = listFilters({
  q: searchFilter('filters.searchWorkflows', 'filters.searchWorkflowsHint'),
  status: choiceFilter('filters.status', [
    ['all', 'filters.all'],
    ['active', 'filters.active'],
    ['expired', 'filters.expired'],
  ]),
  sort: choiceFilter('filters.sortBy', [
    ['newest', 'filters.newest'],
    ['sales', 'filters.mostSales'],
    ['title', 'filters.title'],
  ]),
});

export type WorkflowListParams = ListParams<typeof workflowListFilters.defs>;
