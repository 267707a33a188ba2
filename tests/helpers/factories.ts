import { randomUUID } from 'node:crypto';
import { db } from '@/db';
import {
  categories,
  purchases,
  users,
  workflowCategories,
  workflows,
  type NewWorkflow,
  type UserRole,
} from '@/db/schema';

// argon2id of "correct horse battery" (precomputed: hashing in every test is slow).
export const TEST_PASSWORD = 'correct horse battery';
export const TEST_PASSWORD_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$FfG2ZHl3Xe5WkNHI8b2orQ$7eLMK+kwvQ/h8HcB/2ZLjWmAL6m6UxmbK3rqwesXvEY';

const unique = () => randomUUID().slice(0, 8);

export async function createTestUser(overrides: { email?: string; name?: string; role?: UserRole } = {}) {
  const [user] = await db
    .insert(users)
    .values({
      email: overrides.email ?? `user-${unique()}@example.test`,
      name: overrides.name ?? 'Test User',
      role: overrides.role ?? 'USER',
      passwordHash: TEST_PASSWORD_HASH,
    })
    .returning();
  return user!;
}

export async function createTestCategory(name = `Category ${unique()}`) {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const [category] = await db.insert(categories).values({ name, slug }).returning();
  return category!;
}

export async function createTestWorkflow(overrides: Partial<NewWorkflow> & { categoryIds?: string[] } = {}) {
  const { categoryIds = [], ...rest } = overrides;
  const id = unique();
  const [workflow] = await db
    .insert(workflows)
    .values({
      slug: `workflow-${id}`,
      title: `Test workflow ${id}`,
      shortDescription: 'A workflow made by a test.',
      description: '## What it does\n\nIt is made by a test.',
      price: '199000.00',
      features: ['Runs on a schedule'],
      definition: { name: 'test', nodes: [], connections: {} },
      metadata: { platform: 'n8n', apps: ['Slack'], setupMinutes: 10, level: 'beginner' },
      ...rest,
    })
    .returning();
  if (categoryIds.length) {
    await db
      .insert(workflowCategories)
      .values(categoryIds.map((categoryId) => ({ workflowId: workflow!.id, categoryId })));
  }
  return workflow!;
}

export async function createTestPurchase(
  userId: string,
  workflowId: string,
  overrides: { status?: 'PENDING' | 'ACTIVE' | 'REJECT'; amount?: string; createdAt?: Date } = {},
) {
  const [purchase] = await db
    .insert(purchases)
    .values({
      userId,
      workflowId,
      amount: overrides.amount ?? '199000.00',
      status: overrides.status ?? 'PENDING',
      transferReference: `USI${unique()
        .toUpperCase()
        .replace(/[^A-Z2-9]/g, 'X')
        .slice(0, 8)
        .padEnd(8, 'X')}`,
      ...(overrides.createdAt ? { createdAt: overrides.createdAt } : {}),
    })
    .returning();
  return purchase!;
}
