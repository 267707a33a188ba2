import { z } from 'zod';
import { flagSchema, idSchema, slugInputSchema } from './common';
import { optionalVietnamese } from './vietnamese';

export const categoryFormSchema = z.object({
  name: z
    .string({ error: 'Enter a name.' })
    .trim()
    .min(2, 'Enter at least 2 characters.')
    .max(60, 'Use at most 60 characters.'),
  slug: slugInputSchema,
  description: z.string().trim().max(300, 'Use at most 300 characters.').optional().default(''),
  /** The optional Vietnamese name and description (issue 14). */
  nameVi: optionalVietnamese(2, 60),
  descriptionVi: optionalVietnamese(0, 300),
});

export const categoryUpdateSchema = categoryFormSchema.extend({ id: idSchema });

export const categoryDeleteSchema = z.object({
  id: idSchema,
  /** Set when the admin confirmed that the workflows using the category lose it. */
  detach: flagSchema,
});

export type CategoryUpdateInput = z.input<typeof categoryUpdateSchema>;
