import 'server-only';
import { asc, count, eq, sql } from 'drizzle-orm';
import { db, isUniqueViolation, type Transaction } from '@/db';
import { categories, workflowCategories } from '@/db/schema';
import { AppError, em } from '@/lib/errors';
import { writeAudit } from './audit';
import { adminTransaction, assertActiveAdmin } from './guard';

export type AdminCategory = {
  id: string;
  name: string;
  slug: string;
  description: string;
  nameVi: string | null;
  descriptionVi: string | null;
  workflowCount: number;
};

export type CategoryInput = {
  name: string;
  slug: string;
  description: string;
  /** The Vietnamese version (issue 14): null for none; left out, kept as it is. */
  nameVi?: string | null;
  descriptionVi?: string | null;
};

/** Every category with how many workflows (active or retired) use it. */
export async function listAdminCategories(adminId: string): Promise<AdminCategory[]> {
  await assertActiveAdmin(db, adminId);
  return db
    .select({
      id: categories.id,
      name: categories.name,
      slug: categories.slug,
      description: categories.description,
      nameVi: categories.nameVi,
      descriptionVi: categories.descriptionVi,
      workflowCount: count(workflowCategories.workflowId),
    })
    .from(categories)
    .leftJoin(workflowCategories, eq(workflowCategories.categoryId, categories.id))
    .groupBy(categories.id)
    .orderBy(asc(categories.name));
}

/** A taken name or slug becomes a field error instead of a crash. */
function uniqueError(error: unknown): never {
  if (isUniqueViolation(error, 'categories_name_unique')) {
    throw new AppError('conflict', em('categoryNameTaken'), { field: 'name', cause: error });
  }
  if (isUniqueViolation(error, 'categories_slug_unique')) {
    throw new AppError('conflict', em('categorySlugTaken'), { field: 'slug', cause: error });
  }
  throw error;
}

/** The category's row, locked until the transaction ends (tagging a workflow with it waits). */
async function lockCategory(tx: Transaction, id: string): Promise<CategoryInput> {
  const [row] = await tx
    .select({
      name: categories.name,
      slug: categories.slug,
      description: categories.description,
      nameVi: categories.nameVi,
      descriptionVi: categories.descriptionVi,
    })
    .from(categories)
    .where(eq(categories.id, id))
    .for('update');
  if (!row) throw new AppError('not_found', em('categoryGone'));
  return row;
}

export async function createCategory(adminId: string, input: CategoryInput): Promise<{ id: string }> {
  try {
    return await adminTransaction(adminId, async (tx) => {
      const [row] = await tx.insert(categories).values(input).returning({ id: categories.id });
      if (!row) throw new Error('category insert returned no row');
      await writeAudit(tx, {
        actorId: adminId,
        action: 'category.create',
        entityType: 'category',
        entityId: row.id,
        after: input,
      });
      return row;
    });
  } catch (error) {
    uniqueError(error);
  }
}

/** Renames a category (name, slug, description); the workflows keep it. */
export async function updateCategory(adminId: string, id: string, input: CategoryInput): Promise<void> {
  try {
    await adminTransaction(adminId, async (tx) => {
      const before = await lockCategory(tx, id);
      await tx.update(categories).set(input).where(eq(categories.id, id));
      await writeAudit(tx, {
        actorId: adminId,
        action: 'category.update',
        entityType: 'category',
        entityId: id,
        before,
        after: input,
      });
    });
  } catch (error) {
    uniqueError(error);
  }
}

/**
 * Deletes a category. When workflows use it, the admin must have confirmed (`detach`): the workflows
 * stay and only lose the category. The category row is locked first, so a workflow being tagged with
 * it at the same moment waits, and the count the decision rests on cannot change under it.
 */
export async function deleteCategory(
  adminId: string,
  id: string,
  options: { detach: boolean },
): Promise<{ detached: number }> {
  return adminTransaction(adminId, async (tx) => {
    const before = await lockCategory(tx, id);
    const used = await tx
      .select({ workflowId: workflowCategories.workflowId })
      .from(workflowCategories)
      .where(eq(workflowCategories.categoryId, id));
    if (used.length > 0 && !options.detach) {
      throw new AppError('conflict', em('categoryInUse'), { values: { name: before.name, count: used.length } });
    }
    await tx.delete(workflowCategories).where(eq(workflowCategories.categoryId, id));
    await tx.delete(categories).where(eq(categories.id, id));
    await writeAudit(tx, {
      actorId: adminId,
      action: 'category.delete',
      entityType: 'category',
      entityId: id,
      before: { ...before, workflowIds: used.map((u) => u.workflowId) },
    });
    return { detached: used.length };
  });
}

/** Used by the workflow form's category picker. */
export async function listCategoryOptions(adminId: string): Promise<Array<{ id: string; name: string }>> {
  await assertActiveAdmin(db, adminId);
  return db
    .select({ id: categories.id, name: categories.name })
    .from(categories)
    .orderBy(asc(sql`lower(${categories.name})`));
}
