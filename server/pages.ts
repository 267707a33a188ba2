import 'server-only';
import { notFound } from 'next/navigation';
import type { z } from 'zod';
import { listAuditEntries, type AuditEntityType, type AuditItem } from '@/db/queries/admin/audit';
import { requireAdmin, type SessionUser } from '@/server/auth/guards';
import { idSchema } from '@/lib/validations/admin/common';
import type { SearchParams } from '@/lib/validations/admin/common';
import type { FilterDefs, ListFilters, ListParams } from '@/lib/validations/admin/list-filters';

/**
 * The start of every admin list page: the admin check, the URL state parsed by the list's filters (never
 * throws), and the page of rows the query returns for it.
 */
export async function adminList<D extends FilterDefs, R>(
  searchParams: Promise<SearchParams>,
  filters: ListFilters<D>,
  list: (adminId: string, params: ListParams<D>) => Promise<R>,
): Promise<{ params: ListParams<D>; result: R }> {
  const admin = await requireAdmin();
  const params = filters.parse(await searchParams);
  return { params, result: await list(admin.id, params) };
}

/**
 * The start of an admin detail page (`/admin/<things>/[id]`): the admin check, the id (a malformed one is
 * the 404 page), the row `get` returns (404 when there is none) and its audit history, newest first.
 */
export async function adminEntity<T>(
  params: Promise<{ id: string }>,
  entityType: AuditEntityType,
  get: (adminId: string, id: string) => Promise<T | null>,
): Promise<{ admin: SessionUser; row: T; history: AuditItem[] }> {
  const admin = await requireAdmin();
  const id = paramOr404(idSchema, (await params).id);
  const [row, history] = await Promise.all([
    get(admin.id, id).then(foundOr404),
    listAuditEntries(admin.id, entityType, id),
  ]);
  return { admin, row, history };
}

/** A page's route parameter parsed by `schema`; a malformed one is the 404 page, like a row that is not there. */
export function paramOr404<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) notFound();
  return parsed.data;
}

/** The row, or the 404 page when there is none (or it is not the viewer's: the two look the same). */
export function foundOr404<T>(row: T | null | undefined): T {
  if (row === null || row === undefined) notFound();
  return row;
}
