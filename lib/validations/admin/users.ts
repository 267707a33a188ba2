import { z } from 'zod';
import { confirmedWhen } from '../confirm';
import { vm } from '../messages';
import { booleanChoice, idSchema } from './common';
import { choiceFilter, listFilters, searchFilter } from './list-filters';

export const userRoleSchema = z.enum(['USER', 'ADMIN'], { error: vm('roleRequired') });

export const setUserRoleSchema = z.object({ userId: idSchema, role: userRoleSchema });

/** Disabling asks for a confirmation (re-enabling does not). */
export const setUserDisabledSchema = z
  .object({ userId: idSchema, disabled: booleanChoice, confirmed: z.string().optional() })
  .superRefine(confirmedWhen((v) => v.disabled));

/** The users list's URL state (`?q=&role=&state=&page=`), with a fallback for every malformed value. */
export const userListFilters = listFilters({
  q: searchFilter('filters.searchUsers', 'filters.searchUsersHint'),
  role: choiceFilter('filters.role', [
    ['all', 'filters.allRoles'],
    ['USER', 'filters.shoppers'],
    ['ADMIN', 'filters.admins'],
  ]),
  state: choiceFilter('filters.account', [
    ['all', 'filters.allAccounts'],
    ['active', 'filters.active'],
    ['disabled', 'filters.disabled'],
  ]),
});
