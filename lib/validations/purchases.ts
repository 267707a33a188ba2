import { z } from 'zod';
import { confirmedSchema } from './confirm';
import { vm } from './messages';

/** Ids in forms and URLs: a uuid, or the request is refused before any query runs. */
export const idSchema = z.uuid(vm('linkInvalid'));

export const buyWorkflowSchema = z.object({ workflowId: idSchema });
export const cancelPurchaseSchema = z.object({ purchaseId: idSchema, confirmed: confirmedSchema });

/** A workflow slug in a URL (lower-case words and dashes). */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(200);

/** Which release the library's "Import into n8n" form signs a URL for (`?import=<release id>`). */
export const importReleaseSchema = z.object({ import: idSchema });
