import { z } from 'zod';
import { parseWholePrice } from '@/lib/money';
import { vm, type ValidationKey } from '../messages';
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
 * (each node with a name and a type) and a `connections` object. Returns the problem (a key of the
 * `validation` namespace, translated where it is shown), or null.
 */
export function n8nExportProblem(json: unknown): ValidationKey | null {
  if (!isRecord(json)) return vm('workflowJsonNotObject');
  if (!Array.isArray(json.nodes) || json.nodes.length === 0) return vm('workflowJsonNoNodes');
  if (!json.nodes.every((n) => isRecord(n) && typeof n.name === 'string' && typeof n.type === 'string')) {
    return vm('workflowJsonNodeFields');
  }
  if (!isRecord(json.connections)) return vm('workflowJsonNoConnections');
  return null;
}

export const definitionSchema = z
  .string({ error: vm('definitionRequired') })
  .trim()
  .min(1, vm('definitionRequired'))
  .max(MAX_DEFINITION_CHARS, vm('definitionTooLarge'))
  .transform((text, ctx) => {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      ctx.addIssue({ code: 'custom', message: vm('jsonInvalid') });
      return z.NEVER;
    }
    // "\u0000" or a lone "\ud800" escape parses fine but cannot be stored in a jsonb column.
    const problem = hasUnstorableDeep(json) ? vm('definitionUnstorable') : n8nExportProblem(json);
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
    .string({ error: vm('titleRequired') })
    .trim()
    .min(3, vm('subjectTooShort'))
    .max(120, vm('maxChars120')),
  slug: slugInputSchema,
  shortDescription: z
    .string({ error: vm('shortDescriptionRequired') })
    .trim()
    .min(10, vm('minChars10'))
    .max(240, vm('maxChars240')),
  description: z
    .string({ error: vm('descriptionRequired') })
    .trim()
    .min(20, vm('minChars20'))
    .max(20_000, vm('maxChars20000')),
  price: z
    .string({ error: vm('priceRequired') })
    .trim()
    .min(1, vm('priceRequired'))
    .transform((v, ctx) => {
      const price = parseWholePrice(v);
      if (price === null) {
        ctx.addIssue({ code: 'custom', message: vm('priceInvalid') });
        return z.NEVER;
      }
      return price;
    })
    .refine((v) => BigInt(v) > 0n, vm('pricePositive')),
  status: z.enum(['active', 'expired']).default('active'),
  features: manySchema(z.string().trim().max(160, vm('featureTooLong')))
    .transform((list) => list.filter(Boolean))
    .pipe(z.array(z.string()).max(MAX_FEATURES, vm('featuresTooMany'))),
  categoryIds: manySchema(z.uuid(vm('categoryFromList')))
    .transform((ids) => [...new Set(ids)])
    .pipe(z.array(z.string()).max(10, vm('categoriesTooMany'))),
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
    .pipe(z.array(z.string().max(40, vm('appNameTooLong'))).max(20, vm('appsTooMany'))),
  setupMinutes: z.preprocess(
    blank,
    z.coerce
      .number({ error: vm('setupMinutesNumber') })
      .int(vm('setupMinutesWhole'))
      .min(1, vm('setupMinutesTooFew'))
      .max(1440, vm('setupMinutesTooMany'))
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
