import 'server-only';
import { and, count, desc, eq } from 'drizzle-orm';
import { db } from '@/db';
import { categories, workflowCategories, workflows } from '@/db/schema';

export type CategoryWithCount = { id: string; name: string; slug: string; icon: string | null; workflowCount: number };

/** Every category with the number of active workflows in it, in one grouped query. */
export async function listCategoriesWithCounts(): Promise<CategoryWithCount[]> {
  return db
    .select({
      id: categories.id,
      name: categories.name,
      slug: categories.slug,
      icon: categories.icon,
      workflowCount: count(workflows.id),
    })
    .from(categories)
    .leftJoin(workflowCategories, eq(workflowCategories.categoryId, categories.id))
    .leftJoin(
      workflows,
      and(eq(workflows.id, workflowCategories.workflowId), eq(workflows.status, 'active')),
    )
    .groupBy(categories.id)
    .orderBy(categories.name);
}

export type WorkflowTeaser = { id: string; slug: string; title: string; shortDescription: string; price: string };

export async function listNewestWorkflows(limit = 8): Promise<WorkflowTeaser[]> {
  return db
    .select({
      id: workflows.id,
      slug: workflows.slug,
      title: workflows.title,
      shortDescription: workflows.shortDescription,
      price: workflows.price,
    })
    .from(workflows)
    .where(eq(workflows.status, 'active'))
    .orderBy(desc(workflows.createdAt), desc(workflows.id))
    .limit(limit);
}
