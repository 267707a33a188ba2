import { z } from 'zod';
import { booleanChoice, idSchema, stateListParser } from './common';

export const setMessageResolvedSchema = z.object({ messageId: idSchema, resolved: booleanChoice });

/** `?state=open|resolved|all&page=`; open messages by default. */
export const parseMessageListParams = stateListParser(['open', 'resolved', 'all'], 'open');
