import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { workflows } from '@/db/schema';

// TEMPORARY (feat/engage): the minimal workflow page needs a slug lookup until feat/catalog's lands.
// Discard at merge together with app/(shop)/workflows/[slug]/page.tsx.
export async function getWorkflowStubBySlug(slug: string) {
  const [row] = await db
    .select({ id: workflows.id, slug: workflows.slug, title: workflows.title, price: workflows.price, status: workflows.status })
    .from(workflows)
    .where(eq(workflows.slug, slug))
    .limit(1);
  return row ?? null;
}
