import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ActionButton } from '@/components/admin/action-button';
import { CategoryForm } from '@/components/admin/category-form';
import { listAdminCategories } from '@/db/queries/admin/categories';
import { createCategoryAction, deleteCategoryAction, updateCategoryAction } from '@/actions/admin/categories';
import { localeOf, pageLocale, type LocaleParams } from '@/i18n/page-locale';
import { requireAdmin } from '@/server/auth/guards';
import { LabelledSection } from '@/components/ui/labelled-section';

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: 'admin' });
  return { title: t('categories.title') };
}

export default async function AdminCategoriesPage({ params }: { params: LocaleParams }) {
  await pageLocale(params);
  const admin = await requireAdmin();
  const t = await getTranslations('admin');
  const list = await listAdminCategories(admin.id);
  return (
    <>
      <h1 className="text-2xl font-semibold">{t('categories.title')}</h1>
      <LabelledSection
        id="new-category"
        title={t('categories.new')}
        className="mt-6 rounded-xl border border-line bg-surface p-4"
        headingClassName="mb-3 font-semibold"
      >
        <CategoryForm action={createCategoryAction} submitLabel={t('categories.create')} />
      </LabelledSection>
      <LabelledSection id="all-categories" title={t('categories.all', { count: list.length })} className="mt-8">
        <ul className="mt-3 divide-y divide-line rounded-xl border border-line bg-surface">
          {list.map((c) => (
            <li key={c.id} className="p-4">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <div>
                  <h3 className="font-medium">{c.name}</h3>
                  <p className="text-sm text-muted">
                    /categories/{c.slug} · {t('categories.workflowCount', { count: c.workflowCount })}
                  </p>
                </div>
              </div>
              <div className="mt-2 flex flex-wrap gap-4 text-sm">
                <details className="w-full">
                  <summary className="cursor-pointer text-brand-600">
                    {t('categories.rename')}
                    <span className="sr-only"> {c.name}</span>
                  </summary>
                  <div className="mt-3">
                    <CategoryForm action={updateCategoryAction} category={c} submitLabel={t('categories.save')} />
                  </div>
                </details>
                <details className="w-full">
                  <summary className="cursor-pointer text-danger">
                    {t('categories.delete')}
                    <span className="sr-only"> {c.name}</span>
                  </summary>
                  <div className="mt-3 space-y-2">
                    <p>
                      {c.workflowCount > 0
                        ? t('categories.deleteUsed', { name: c.name, count: c.workflowCount })
                        : t('categories.deleteUnused', { name: c.name })}
                    </p>
                    <ActionButton
                      action={deleteCategoryAction}
                      fields={{ id: c.id, detach: c.workflowCount > 0 ? 'yes' : '' }}
                      variant="danger"
                      pendingLabel={t('categories.deleting')}
                    >
                      {t(c.workflowCount > 0 ? 'categories.detachAndDelete' : 'categories.deleteCategory')}
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
