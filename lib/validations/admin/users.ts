import { z } from 'zod';
import { booleanChoice, idSchema } from './common';
import { choiceFilter, listFilters, searchFilter } from './list-filters';

export const userRoleSchema = z.enum(['USER', 'ADMIN'], { error: 'Choose a role.' });

export const setUserRoleSchema = z.object({ userId: idSchema, role: userRoleSchema });

export const setUserDisabledSchema = z.object({
  userId: idSchema,
  disabled: booleanChoice,
});

/** The users list's URL state (`?q=&role=&state=&page=`), with a fallback for every malformed value. */
export const userListFilters = listFilters({
  q: searchFilter('Search users', 'Name or email'),
  role: choiceFilter('Role', [
    ['all', 'All roles'],
    ['USER', 'Shoppers'],
    ['ADMIN', 'Admins'],
  ]),
  state: choiceFilter('Account', [
    ['all', 'All accounts'],
    ['active', 'Active'],
    ['disabled', 'Disabled'],
  ]),
});
