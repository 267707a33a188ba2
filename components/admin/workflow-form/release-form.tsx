'use client';

import { useTranslations } from 'next-intl';
import { FormActions } from '@/components/admin/form-actions';
import { TextAreaField, TextField } from '@/components/ui/field';
import type { FormAction } from '@/lib/forms/action-state';
import { useActionForm } from '@/lib/forms/use-action-form';
import { publishReleaseSchema } from '@/lib/validations/admin/workflow-releases';
import { DefinitionField } from './definition-field';

type ReleaseInput = { workflowId: string; version: string; changelog: string; definition: string };

/** "Publish a new release" (issue 17): a new version, its changelog and its JSON, pasted or uploaded. */
export function ReleaseForm({
  workflowId,
  latestVersion,
  action,
}: {
  workflowId: string;
  latestVersion: string | null;
  action: FormAction;
}) {
  const t = useTranslations('admin');
  const { form, state, isPending, formAction, onSubmit, field } = useActionForm<ReleaseInput>(
    publishReleaseSchema,
    action,
    { workflowId, version: '', changelog: '', definition: '' },
  );
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      {/* The value in the HTML too: without JavaScript nothing fills a registered field. */}
      <input type="hidden" {...form.register('workflowId')} defaultValue={workflowId} />
      <TextField
        id="release-version"
        label={t('release.version')}
        hint={latestVersion ? t('release.versionHint', { latest: latestVersion }) : t('release.versionFirst')}
        autoComplete="off"
        {...field('version')}
      />
      <TextAreaField
        id="release-changelog"
        label={t('release.changelog')}
        hint={t('release.changelogHint')}
        className="min-h-24"
        {...field('changelog')}
      />
      <DefinitionField
        id="release-definition"
        field={field('definition')}
        onFileText={(text) => form.setValue('definition', text, { shouldValidate: true, shouldDirty: true })}
        summary={null}
      />
      <FormActions state={state} isPending={isPending} label={t('release.publish')} />
    </form>
  );
}
