import { z } from 'zod';
import { booleanChoice, firstParam, idSchema, pageParam, searchParam, type SearchParams } from './common';

export const userRoleSchema = z.enum(['USER', 'ADMIN'], { error: 'Choose a role.' });

export const setUserRoleSchema = z.object({ userId: idSchema, role: userRoleSchema });

export const setUserDisabledSchema = z.object({
  userId: idSchema,
  disabled: booleanChoice,
});

const filterSchema = z.object({
  q: searchParam,
  role: z.enum(['all', 'USER', 'ADMIN']).catch('all'),
  state: z.enum(['all', 'active', 'disabled']).catch('all'),
  page: pageParam,
});

export type UserListParams = z.output<typeof filterSchema>;

/** The users list's URL state (`?q=&role=&state=&page=`), with a fallback for every malformed value. */
export function parseUserListParams(params: SearchParams): UserListParams {
  return filterSchema.parse({
    q: firstParam(params.q),
    role: firstParam(params.role) ?? 'all',
    state: firstParam(params.state) ?? 'all',
    page: firstParam(params.page),
  });
}
