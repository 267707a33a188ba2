import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeOf, pageLocale, type LocaleParams } from '@/i18n/page-locale';
import { BackLink } from '@/components/admin/page-parts';
import { WorkflowForm } from '@/components/admin/workflow-form/workflow-form';
import { listCategoryOptions } from '@/db/queries/admin/categories';
import { EMPTY_WORKFLOW } from '@/lib/admin/workflow-values';
import { createWorkflowAction, previewMarkdownAction } from '@/actions/admin/workflows';
import { requireAdmin } from '@/server/auth/guards';

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: 'admin' });
  return { title: t('workflows.new') };
}

export default async function NewWorkflowPage({ params }: { params: LocaleParams }) {
  await pageLocale(params);
  const admin = await requireAdmin();
  const t = await getTranslations('admin');
  const categories = await listCategoryOptions(admin.id);
  return (
    <>
      <BackLink href="/admin/workflows">{t('workflows.all')}</BackLink>
      <h1 className="mt-2 mb-6 text-2xl font-semibold">{t('workflows.new')}</h1>
      <WorkflowForm
        action={createWorkflowAction}
        preview={previewMarkdownAction}
        values={EMPTY_WORKFLOW}
        categories={categories}
        submitLabel={t('workflows.create')}
      />
    </>
  );
}
