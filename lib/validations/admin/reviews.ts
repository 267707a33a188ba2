import { z } from 'zod';
import { firstParam, idSchema, pageParam } from './common';

export const setReviewHiddenSchema = z.object({
  reviewId: idSchema,
  hidden: z.enum(['true', 'false']).transform((v) => v === 'true'),
});

const filterSchema = z.object({ state: z.enum(['all', 'visible', 'hidden']).catch('all'), page: pageParam });

export type ReviewListParams = z.output<typeof filterSchema>;

export function parseReviewListParams(params: Record<string, string | string[] | undefined>): ReviewListParams {
  return filterSchema.parse({ state: firstParam(params.state) ?? 'all', page: firstParam(params.page) });
}
