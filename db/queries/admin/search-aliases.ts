import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { db, isUniqueViolation } from '@/db';
import { searchAliases } from '@/db/schema';
import { AppError, em } from '@/lib/errors';
import { normalizeAlias } from '@/lib/search/text';
import { writeAudit } from './audit';
import { adminTransaction, assertActiveAdmin } from './guard';

export type AdminSearchAlias = { id: string; alias: string; target: string };

/** Every search alias, by alias. */
export async function listSearchAliases(adminId: string): Promise<AdminSearchAlias[]> {
  await assertActiveAdmin(db, adminId);
  return db
    .select({ id: searchAliases.id, alias: searchAliases.alias, target: searchAliases.target })
    .from(searchAliases)
    .orderBy(asc(searchAliases.alias));
}

/** Adds an alias (kept folded: "G Sheets" → "g sheets"); one alias has one meaning (unique). */
export async function createSearchAlias(
  adminId: string,
  input: { alias: string; target: string },
): Promise<AdminSearchAlias> {
  const values = { alias: normalizeAlias(input.alias), target: input.target.trim() };
  try {
    return await adminTransaction(adminId, async (tx) => {
      const [row] = await tx
        .insert(searchAliases)
        .values(values)
        .returning({ id: searchAliases.id, alias: searchAliases.alias, target: searchAliases.target });
      if (!row) throw new Error('search alias insert returned no row');
      await writeAudit(tx, {
        actorId: adminId,
        action: 'search_alias.create',
        entityType: 'search_alias',
        entityId: row.id,
        after: { name: row.alias, target: row.target },
      });
      return row;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'search_aliases_alias_unique')) {
      throw new AppError('conflict', em('aliasTaken'), {
        field: 'alias',
        values: { alias: values.alias },
        cause: error,
      });
    }
    throw error;
  }
}

export async function deleteSearchAlias(adminId: string, id: string): Promise<void> {
  await adminTransaction(adminId, async (tx) => {
    const [row] = await tx
      .delete(searchAliases)
      .where(eq(searchAliases.id, id))
      .returning({ alias: searchAliases.alias, target: searchAliases.target });
    if (!row) throw new AppError('not_found', em('aliasGone'));
    await writeAudit(tx, {
      actorId: adminId,
      action: 'search_alias.delete',
      entityType: 'search_alias',
      entityId: id,
      before: { name: row.alias, target: row.target },
    });
  });
}
