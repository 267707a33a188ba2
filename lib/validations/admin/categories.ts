import { z } from 'zod';
import { vm } from '../messages';
import { flagSchema, idSchema, slugInputSchema } from './common';
import { optionalVietnamese } from './vietnamese';

export const categoryFormSchema = z.object({
  name: z
    .string({ error: vm('categoryNameRequired') })
    .trim()
    .min(2, vm('nameTooShort'))
    .max(60, vm('maxChars60')),
  slug: slugInputSchema,
  description: z.string().trim().max(300, vm('maxChars300')).optional().default(''),
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
