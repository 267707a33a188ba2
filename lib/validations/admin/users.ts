import { z } from 'zod';
import { firstParam, idSchema, pageParam, searchParam } from './common';

export const userRoleSchema = z.enum(['USER', 'ADMIN'], { error: 'Choose a role.' });

export const setUserRoleSchema = z.object({ userId: idSchema, role: userRoleSchema });

export const setUserDisabledSchema = z.object({
  userId: idSchema,
  disabled: z.enum(['true', 'false']).transform((v) => v === 'true'),
});

const filterSchema = z.object({
  q: searchParam,
  role: z.enum(['all', 'USER', 'ADMIN']).catch('all'),
  state: z.enum(['all', 'active', 'disabled']).catch('all'),
  page: pageParam,
});

export type UserListParams = z.output<typeof filterSchema>;

/** The users list's URL state (`?q=&role=&state=&page=`), with a fallback for every malformed value. */
export function parseUserListParams(params: Record<string, string | string[] | undefined>): UserListParams {
  return filterSchema.parse({
    q: firstParam(params.q),
    role: firstParam(params.role) ?? 'all',
    state: firstParam(params.state) ?? 'all',
    page: firstParam(params.page),
  });
}
