import 'server-only';
import { count, desc, eq, type SQL } from 'drizzle-orm';
import { db } from '@/db';
import { comments, users, workflows } from '@/db/schema';
import { assertActiveAdmin } from './guard';
import { ADMIN_PAGE_SIZE, offsetOf, pageOf, type Page } from './paging';

export type AdminReview = {
  id: string;
  rating: number;
  content: string;
  hidden: boolean;
  createdAt: Date;
  authorName: string;
  authorEmail: string;
  workflowTitle: string;
  workflowSlug: string;
};

export type ReviewFilter = { state: 'all' | 'visible' | 'hidden'; page: number };

/** The latest reviews across the shop, newest first. */
export async function listLatestReviews(adminId: string, filter: ReviewFilter): Promise<Page<AdminReview>> {
  await assertActiveAdmin(db, adminId);
  const where: SQL | undefined = filter.state === 'all' ? undefined : eq(comments.hidden, filter.state === 'hidden');
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: comments.id,
        rating: comments.rating,
        content: comments.content,
        hidden: comments.hidden,
        createdAt: comments.createdAt,
        authorName: users.name,
        authorEmail: users.email,
        workflowTitle: workflows.title,
        workflowSlug: workflows.slug,
      })
      .from(comments)
      .innerJoin(users, eq(users.id, comments.userId))
      .innerJoin(workflows, eq(workflows.id, comments.workflowId))
      .where(where)
      .orderBy(desc(comments.createdAt), desc(comments.id))
      .limit(ADMIN_PAGE_SIZE)
      .offset(offsetOf(filter.page)),
    db.select({ n: count() }).from(comments).where(where),
  ]);
  return pageOf(rows, total?.n ?? 0, filter.page);
}
