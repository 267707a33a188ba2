import { ActionButton } from '@/components/admin/action-button';
import { CategoryForm } from '@/components/admin/category-form';
import { listAdminCategories } from '@/db/queries/admin/categories';
import { createCategoryAction, deleteCategoryAction, updateCategoryAction } from '@/actions/admin/categories';
import { requireAdmin } from '@/server/auth/guards';
import { LabelledSection } from '@/components/ui/labelled-section';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Categories' };

export default async function AdminCategoriesPage() {
  const admin = await requireAdmin();
  const list = await listAdminCategories(admin.id);
  return (
    <>
      <h1 className="text-2xl font-semibold">Categories</h1>
      <LabelledSection
        id="new-category"
        title="New category"
        className="mt-6 rounded-xl border border-line bg-surface p-4"
        headingClassName="mb-3 font-semibold"
      >
        <CategoryForm action={createCategoryAction} submitLabel="Create category" />
      </LabelledSection>
      <LabelledSection id="all-categories" title={<>All categories ({list.length})</>} className="mt-8">
        <ul className="mt-3 divide-y divide-line rounded-xl border border-line bg-surface">
          {list.map((c) => (
            <li key={c.id} className="p-4">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <div>
                  <h3 className="font-medium">{c.name}</h3>
                  <p className="text-sm text-muted">
                    /categories/{c.slug} · {c.workflowCount} workflow{c.workflowCount === 1 ? '' : 's'}
                  </p>
                </div>
              </div>
              <div className="mt-2 flex flex-wrap gap-4 text-sm">
                <details className="w-full">
                  <summary className="cursor-pointer text-brand-600">
                    Rename<span className="sr-only"> {c.name}</span>
                  </summary>
                  <div className="mt-3">
                    <CategoryForm action={updateCategoryAction} category={c} submitLabel="Save category" />
                  </div>
                </details>
                <details className="w-full">
                  <summary className="cursor-pointer text-danger">
                    Delete<span className="sr-only"> {c.name}</span>
                  </summary>
                  <div className="mt-3 space-y-2">
                    <p>
                      {c.workflowCount > 0
                        ? `“${c.name}” is used by ${c.workflowCount} workflow${c.workflowCount === 1 ? '' : 's'}. They stay in the catalog, without this category.`
                        : `Delete “${c.name}”? No workflow uses it.`}
                    </p>
                    <ActionButton
                      action={deleteCategoryAction}
                      fields={{ id: c.id, detach: c.workflowCount > 0 ? 'yes' : '' }}
                      variant="danger"
                      pendingLabel="Deleting…"
                    >
                      {c.workflowCount > 0 ? 'Remove from workflows and delete' : 'Delete category'}
                    </ActionButton>
                  </div>
                </details>
              </div>
            </li>
          ))}
        </ul>
      </LabelledSection>
    </>
  );
}
