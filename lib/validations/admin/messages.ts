import { z } from 'zod';
import { firstParam, idSchema, pageParam } from './common';

export const setMessageResolvedSchema = z.object({
  messageId: idSchema,
  resolved: z.enum(['true', 'false']).transform((v) => v === 'true'),
});

const filterSchema = z.object({ state: z.enum(['open', 'resolved', 'all']).catch('open'), page: pageParam });

export type MessageListParams = z.output<typeof filterSchema>;

/** `?state=open|resolved|all&page=`; open messages by default. */
export function parseMessageListParams(params: Record<string, string | string[] | undefined>): MessageListParams {
  return filterSchema.parse({ state: firstParam(params.state) ?? 'open', page: firstParam(params.page) });
}
