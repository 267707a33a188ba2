import { z } from 'zod';
import { booleanChoice, idSchema } from './common';
import { choiceFilter, listFilters } from './list-filters';

export const setMessageResolvedSchema = z.object({ messageId: idSchema, resolved: booleanChoice });

/** `?state=open|resolved|all&page=`; open messages by default. */
export const messageListFilters = listFilters({
  state: choiceFilter('filters.show', [
    ['open', 'filters.open'],
    ['resolved', 'filters.resolved'],
    ['all', 'filters.allMessages'],
  ]),
});
