'use client';

import { useMemo, useRef } from 'react';
import { useTranslations } from 'next-intl';
import { FormActions } from '@/components/admin/form-actions';
import { VietnameseFields } from '@/components/admin/vietnamese-fields';
import { FieldShell, SelectField, TextAreaField, TextField, describedBy } from '@/components/ui/field';
import type { FormAction } from '@/lib/forms/action-state';
import type { WorkflowFormValues } from '@/lib/admin/workflow-values';
import { useActionForm } from '@/lib/forms/use-action-form';
import { slugify } from '@/lib/slug';
import {
  MAX_FEATURES,
  WORKFLOW_LEVELS,
  n8nExportProblem,
  workflowFormSchema,
  workflowUpdateSchema,
  type WorkflowFormInput,
} from '@/lib/validations/admin/workflows';
import { PLATFORM_NAMES, WORKFLOW_PLATFORMS } from '@/lib/workflows/platforms';
import { CategoryPicker } from './category-picker';
import { DefinitionField } from './definition-field';
import { FeaturesEditor } from './features-editor';
import { MarkdownField } from './markdown-field';

/** The node count of valid n8n JSON ("Reads as an n8n workflow with 5 nodes."); null otherwise (the field error says why). */
function definitionNodes(text: string): number | null {
  if (!text.trim()) return null;
  try {
    const json = JSON.parse(text) as { nodes?: unknown[] };
    return n8nExportProblem(json) ? null : json.nodes!.length;
  } catch {
    return null;
  }
}

const LEVELS = {
  beginner: 'workflowForm.levelBeginner',
  intermediate: 'workflowForm.levelIntermediate',
  advanced: 'workflowForm.levelAdvanced',
} as const;

export function WorkflowForm({
  action,
  preview,
  values,
  categories,
  submitLabel,
}: {
  action: FormAction;
  preview: (markdown: string) => Promise<string>;
  values: WorkflowFormValues;
  categories: Array<{ id: string; name: string }>;
  submitLabel: string;
}) {
  const t = useTranslations('admin');
  const editing = Boolean(values.id);
  const schema = (editing ? workflowUpdateSchema : workflowFormSchema) as typeof workflowUpdateSchema;
  const { form, state, isPending, formAction, onSubmit, errorFor, field } = useActionForm<WorkflowFormInput>(
    schema,
    action,
    values,
  );
  const slugTouched = useRef(editing);
  const coverError = state.status === 'error' ? state.fieldErrors?.coverImage?.[0] : undefined;
  const definition = form.watch('definition');
  const nodes = useMemo(() => definitionNodes(typeof definition === 'string' ? definition : ''), [definition]);
  const summary = nodes === null ? null : t('workflowForm.definitionSummary', { count: nodes });
  const title = field('title', {
    onChange: (e: { target: { value: string } }) => {
      if (!slugTouched.current) form.setValue('slug', slugify(e.target.value));
    },
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-8">
      {values.id ? <input type="hidden" {...form.register('id')} defaultValue={values.id} /> : null}
      <section aria-labelledby="basics-heading" className="grid gap-4 sm:grid-cols-2">
        <h2 id="basics-heading" className="font-semibold sm:col-span-2">
          {t('workflowForm.basics')}
        </h2>
        <TextField id="workflow-title" label={t('workflowForm.title')} required {...title} />
        <TextField
          id="workflow-slug"
          label={t('workflowForm.slug')}
          hint={t('workflowForm.slugHint')}
          {...field('slug', { onChange: () => (slugTouched.current = true) })}
        />
        <div className="sm:col-span-2">
          <TextAreaField
            id="workflow-short-description"
            label={t('workflowForm.shortDescription')}
            className="min-h-16"
            required
            {...field('shortDescription')}
          />
        </div>
        <TextField
          id="workflow-price"
          label={t('workflowForm.price')}
          inputMode="decimal"
          required
          hint={t('workflowForm.priceHint')}
          {...field('price')}
        />
        <SelectField id="workflow-status" label={t('workflowForm.status')} {...field('status')}>
          <option value="active">{t('workflowForm.statusActive')}</option>
          <option value="expired">{t('workflowForm.statusExpired')}</option>
        </SelectField>
      </section>
      {editing ? null : (
        <FieldShell
          id="workflow-cover"
          label={t('workflowForm.cover')}
          error={coverError}
          hint={t('workflowForm.coverHint')}
        >
          <input
            id="workflow-cover"
            type="file"
            name="coverImage"
            accept="image/png,image/jpeg,image/webp"
            aria-invalid={coverError ? true : undefined}
            aria-describedby={describedBy('workflow-cover', coverError, 'hint')}
            className="block text-sm"
          />
        </FieldShell>
      )}
      <MarkdownField
        id="workflow-description"
        label={t('workflowForm.description')}
        hint={t('workflowForm.descriptionHint')}
        field={field('description')}
        getValue={() => String(form.getValues('description') ?? '')}
        preview={preview}
      />
      <VietnameseFields
        prefix="workflow"
        fields={{
          title: field('titleVi'),
          shortDescription: field('shortDescriptionVi'),
          description: field('descriptionVi'),
        }}
      />
      <FeaturesEditor
        initial={values.features}
        max={MAX_FEATURES}
        error={errorFor('features')}
        onChange={(list) => form.setValue('features', list, { shouldValidate: form.formState.isSubmitted })}
      />
      <CategoryPicker options={categories} error={errorFor('categoryIds')} checkbox={form.register('categoryIds')} />
      <section aria-labelledby="details-heading" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <h2 id="details-heading" className="font-semibold sm:col-span-2 lg:col-span-4">
          {t('workflowForm.details')}
        </h2>
        <SelectField id="workflow-platform" label={t('workflowForm.platform')} {...field('platform')}>
          {WORKFLOW_PLATFORMS.map((p) => (
            <option key={p} value={p}>
              {PLATFORM_NAMES[p]}
            </option>
          ))}
        </SelectField>
        <TextField
          id="workflow-apps"
          label={t('workflowForm.apps')}
          hint={t('workflowForm.appsHint')}
          {...field('apps')}
        />
        <TextField
          id="workflow-setup-minutes"
          label={t('workflowForm.setupMinutes')}
          type="number"
          min={1}
          max={1440}
          {...field('setupMinutes')}
        />
        <SelectField id="workflow-level" label={t('workflowForm.level')} {...field('level')}>
          <option value="">{t('workflowForm.levelNotSet')}</option>
          {WORKFLOW_LEVELS.map((l) => (
            <option key={l} value={l}>
              {t(LEVELS[l])}
            </option>
          ))}
        </SelectField>
      </section>
      <DefinitionField
        field={field('definition')}
        onFileText={(text) => form.setValue('definition', text, { shouldValidate: true, shouldDirty: true })}
        summary={summary}
      />
      <FormActions
        state={state}
        isPending={isPending}
        label={submitLabel}
        className="flex flex-wrap items-center gap-3 border-t border-line pt-4"
      />
    </form>
  );
}
