import { BackLink } from '@/components/admin/page-parts';
import { WorkflowForm } from '@/components/admin/workflow-form/workflow-form';
import { listCategoryOptions } from '@/db/queries/admin/categories';
import { EMPTY_WORKFLOW } from '@/lib/admin/workflow-values';
import { createWorkflowAction, previewMarkdownAction } from '@/actions/admin/workflows';
import { requireAdmin } from '@/server/auth/guards';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'New workflow' };

export default async function NewWorkflowPage() {
  const admin = await requireAdmin();
  const categories = await listCategoryOptions(admin.id);
  return (
    <>
      <BackLink href="/admin/workflows">All workflows</BackLink>
      <h1 className="mt-2 mb-6 text-2xl font-semibold">New workflow</h1>
      <WorkflowForm
        action={createWorkflowAction}
        preview={previewMarkdownAction}
        values={EMPTY_WORKFLOW}
        categories={categories}
        submitLabel="Create workflow"
      />
    </>
  );
}
