import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { createCategory, deleteCategory, listAdminCategories, updateCategory } from '@/db/queries/admin/categories';
import { auditLog, categories, workflowCategories, workflows } from '@/db/schema';
import { createTestCategory, createTestUser, createTestWorkflow } from '../../../helpers/factories';

const auditOf = (entityId: string) =>
  db.select().from(auditLog).where(eq(auditLog.entityId, entityId)).orderBy(auditLog.createdAt);

describe('admin categories', () => {
  let adminId: string;
  beforeAll(async () => {
    adminId = (await createTestUser({ role: 'ADMIN' })).id;
  });

  it('creates and renames a category, with an audit entry each time', async () => {
    const { id } = await createCategory(adminId, { name: 'Chatbots', slug: 'chatbots', description: '' });
    await updateCategory(adminId, id, { name: 'AI chatbots', slug: 'ai-chatbots', description: 'Bots' });
    const [row] = await db.select().from(categories).where(eq(categories.id, id));
    expect(row).toMatchObject({ name: 'AI chatbots', slug: 'ai-chatbots', description: 'Bots' });
    const audit = await auditOf(id);
    expect(audit.map((a) => a.action)).toEqual(['category.create', 'category.update']);
    expect(audit[1]).toMatchObject({
      actorId: adminId,
      actorKind: 'admin',
      before: { name: 'Chatbots' },
      after: { name: 'AI chatbots' },
    });
  });

  it('answers a taken name or slug with a field error', async () => {
    await createCategory(adminId, { name: 'Finance', slug: 'finance', description: '' });
    await expect(
      createCategory(adminId, { name: 'Finance', slug: 'finance-2', description: '' }),
    ).rejects.toMatchObject({
      code: 'conflict',
      field: 'name',
    });
    await expect(createCategory(adminId, { name: 'Money', slug: 'finance', description: '' })).rejects.toMatchObject({
      code: 'conflict',
      field: 'slug',
    });
  });

  it('asks for confirmation before deleting a category in use, then detaches its workflows', async () => {
    const category = await createTestCategory();
    const workflow = await createTestWorkflow({ categoryIds: [category.id] });
    const listed = (await listAdminCategories(adminId)).find((c) => c.id === category.id);
    expect(listed?.workflowCount).toBe(1);

    await expect(deleteCategory(adminId, category.id, { detach: false })).rejects.toMatchObject({ code: 'conflict' });
    expect(await db.select().from(categories).where(eq(categories.id, category.id))).toHaveLength(1);

    expect(await deleteCategory(adminId, category.id, { detach: true })).toEqual({ detached: 1 });
    expect(await db.select().from(categories).where(eq(categories.id, category.id))).toHaveLength(0);
    expect(await db.select().from(workflows).where(eq(workflows.id, workflow.id))).toHaveLength(1);
    const links = await db
      .select()
      .from(workflowCategories)
      .where(and(eq(workflowCategories.workflowId, workflow.id), eq(workflowCategories.categoryId, category.id)));
    expect(links).toHaveLength(0);
    const [entry] = await auditOf(category.id);
    expect(entry).toMatchObject({
      action: 'category.delete',
      before: { name: category.name, workflowIds: [workflow.id] },
    });
  });

  it('deletes an unused category without confirmation', async () => {
    const category = await createTestCategory();
    expect(await deleteCategory(adminId, category.id, { detach: false })).toEqual({ detached: 0 });
    await expect(deleteCategory(adminId, category.id, { detach: false })).rejects.toMatchObject({ code: 'not_found' });
  });
});
