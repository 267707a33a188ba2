import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeOf, pageLocale, type LocaleParams } from '@/i18n/page-locale';
import { Link } from '@/i18n/navigation';
import { ActionButton } from '@/components/admin/action-button';
import { BackLink, HistorySection } from '@/components/admin/page-parts';
import { AssetList } from '@/components/admin/workflow-assets/asset-list';
import { AssetUploadForm } from '@/components/admin/workflow-assets/asset-upload-form';
import { WorkflowForm } from '@/components/admin/workflow-form/workflow-form';
import { ReleaseForm } from '@/components/admin/workflow-form/release-form';
import { listAdminReleases } from '@/db/queries/admin/workflow-releases';
import { publishReleaseAction } from '@/actions/admin/workflow-releases';
import { formatDateTime } from '@/lib/format-date-time';
import { listCategoryOptions } from '@/db/queries/admin/categories';
import { getAdminWorkflow } from '@/db/queries/admin/workflows';
import { toFormValues } from '@/lib/admin/workflow-values';
import { addWorkflowAssetAction } from '@/actions/admin/workflow-assets';
import { deleteWorkflowAction, previewMarkdownAction, updateWorkflowAction } from '@/actions/admin/workflows';
import { requireAdmin } from '@/server/auth/guards';
import { adminEntity } from '@/server/pages';
import { firstParam, type SearchParams } from '@/lib/validations/admin/common';
import { LabelledSection } from '@/components/ui/labelled-section';

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: 'admin' });
  return { title: t('workflows.edit') };
}

export default async function EditWorkflowPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; locale: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const locale = await pageLocale(params);
  const admin = await requireAdmin();
  const t = await getTranslations('admin');
  const [{ row: workflow, history }, categories] = await Promise.all([
    adminEntity(params, 'workflow', getAdminWorkflow),
    listCategoryOptions(admin.id),
  ]);
  const releases = await listAdminReleases(admin.id, workflow.id);
  const created = firstParam((await searchParams).created);
  return (
    <>
      <BackLink href="/admin/workflows">{t('workflows.all')}</BackLink>
      <div className="mt-2 mb-6 flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-semibold">{workflow.title}</h1>
        {workflow.status === 'active' ? (
          <Link href={`/workflows/${workflow.slug}`} className="text-sm text-brand-600 hover:underline">
            {t('workflows.view')}
          </Link>
        ) : null}
      </div>
      {created ? (
        <p role="status" className="mb-6 rounded-lg bg-green-50 px-3 py-2 text-sm text-success">
          {t('workflows.created')}
        </p>
      ) : null}
      <WorkflowForm
        action={updateWorkflowAction}
        preview={previewMarkdownAction}
        values={toFormValues(workflow)}
        categories={categories}
        submitLabel={t('workflows.save')}
      />
      <LabelledSection
        id="releases-heading"
        title={t('workflows.releaseHeading')}
        className="mt-10 space-y-4 rounded-xl border border-line bg-surface p-4"
      >
        <p className="text-sm text-muted">{t('workflows.releaseIntro')}</p>
        {releases.length > 0 ? (
          <ul aria-label={t('workflows.releases')} className="space-y-1 text-sm">
            {releases.map((r) => (
              <li key={r.version}>
                <span className="font-medium">v{r.version}</span>{' '}
                <span className="text-muted">{formatDateTime(r.publishedAt, locale)}</span>
              </li>
            ))}
          </ul>
        ) : null}
        <ReleaseForm
          workflowId={workflow.id}
          latestVersion={releases[0]?.version ?? null}
          action={publishReleaseAction}
        />
      </LabelledSection>
      <LabelledSection
        id="assets-heading"
        title={t('workflows.assetsHeading')}
        className="mt-10 space-y-4 rounded-xl border border-line bg-surface p-4"
      >
        <p className="text-sm text-muted">{t('workflows.assetsIntro')}</p>
        <AssetList assets={workflow.assets} />
        <AssetUploadForm workflowId={workflow.id} action={addWorkflowAssetAction} />
      </LabelledSection>
      <LabelledSection
        id="delete-heading"
        title={t('workflows.deleteHeading')}
        className="mt-10 rounded-xl border border-red-200 bg-surface p-4"
      >
        <p className="mt-1 text-sm text-muted">
          {workflow.purchaseCount > 0
            ? t('workflows.deleteBought', { count: workflow.purchaseCount })
            : t('workflows.deleteUnbought')}
        </p>
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer text-danger">
            {t('workflows.deleteSummary', { title: workflow.title })}
          </summary>
          <div className="mt-3">
            <ActionButton
              action={deleteWorkflowAction}
              fields={{ id: workflow.id }}
              variant="danger"
              pendingLabel={t('categories.deleting')}
            >
              {t(workflow.purchaseCount > 0 ? 'workflows.retire' : 'workflows.deleteHeading')}
            </ActionButton>
          </div>
        </details>
      </LabelledSection>
      <HistorySection items={history} />
    </>
  );
}
