import { z } from 'zod';
import { parseSemver } from '@/lib/workflows/semver';
import { vm } from '../messages';
import { idSchema } from './common';
import { definitionSchema } from './workflows';

/** "Publish a new release" on the workflow's admin page (issue 17). */
export const publishReleaseSchema = z.object({
  workflowId: idSchema,
  version: z
    .string({ error: vm('versionRequired') })
    .trim()
    .min(1, vm('versionRequired'))
    .refine((v) => parseSemver(v) !== null, vm('versionInvalid')),
  changelog: z
    .string({ error: vm('changelogRequired') })
    .trim()
    .min(3, vm('changelogRequired'))
    .max(10_000, vm('maxChars10000')),
  definition: definitionSchema,
});

export type PublishReleaseData = z.output<typeof publishReleaseSchema>;
