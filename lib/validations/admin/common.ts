import { z } from 'zod';
import { SLUG_MAX, SLUG_PATTERN, slugify } from '@/lib/slug';
import { AppError, em } from '@/lib/errors';
import { vm } from '../messages';
import { cleaned } from '../text';

export const idSchema = z.uuid(vm('itemNotFound'));

/** A checkbox or hidden flag: present ("on", "true", "1", "yes") means true. */
export const flagSchema = z
  .union([z.string(), z.boolean()])
  .optional()
  .transform((v) => v === true || (typeof v === 'string' && ['on', 'true', '1', 'yes'].includes(v)));

/** A value posted zero, one or several times (checkbox groups, repeated inputs) as an array. */
export function manySchema<T extends z.ZodType>(item: T) {
  return z.preprocess(
    (v) => (v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v]),
    z.array(item),
  );
}

/** A slug typed by the admin, or derived from `fallbackField` when left empty (see `withSlug`). */
export const slugInputSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(SLUG_MAX, vm('nameTooLong'))
  .refine((v) => v === '' || SLUG_PATTERN.test(v), vm('slugInvalid'))
  .optional();

/**
 * Fills an empty slug from the name or title. A name with no Latin letter or digit ("!!!", "日本") gives no
 * slug: the admin is asked to type one instead of a category or workflow being stored at an empty URL.
 */
export function withSlug<T extends { slug?: string }>(value: T, from: string): T & { slug: string } {
  const slug = value.slug || slugify(from);
  if (!slug) {
    throw new AppError('invalid', em('slugNeeded'), {
      field: 'slug',
    });
  }
  return { ...value, slug };
}

/** `?page=` of admin lists: a positive integer, 1 when missing or malformed. */
export const pageParam = z.coerce.number().int().min(1).max(10_000).catch(1);

/** `?q=`: trimmed, at most 100 characters, '' when missing; NUL and broken characters removed. */
export const searchParam = cleaned(z.string().trim().max(100).catch('').optional()).transform((v) => v ?? '');

/** Reads one value of Next's searchParams (which may repeat a key). */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** A hidden "true" / "false" field (the two sides of a toggle button). */
export const booleanChoice = z.enum(['true', 'false']).transform((v) => v === 'true');

export type SearchParams = Record<string, string | string[] | undefined>;
