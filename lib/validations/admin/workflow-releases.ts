import { z } from 'zod';
import { parseSemver } from '@/lib/workflows/semver';
import { idSchema } from './common';
import { definitionSchema } from './workflows';

/** "Publish a new release" on the workflow's admin page (issue 17). */
export const publishReleaseSchema = z.object({
  workflowId: idSchema,
  version: z
    .string({ error: 'Enter the version, e.g. 1.1.0.' })
    .trim()
    .min(1, 'Enter the version, e.g. 1.1.0.')
    .refine((v) => parseSemver(v) !== null, 'Write the version as three numbers, e.g. 1.1.0.'),
  changelog: z
    .string({ error: 'Say what changed in this release.' })
    .trim()
    .min(3, 'Say what changed in this release.')
    .max(10_000, 'Use at most 10,000 characters.'),
  definition: definitionSchema,
});

export type PublishReleaseData = z.output<typeof publishReleaseSchema>;
