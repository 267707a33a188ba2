'use client';

import { useMemo, useRef } from 'react';
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

/** "Reads as an n8n workflow with 5 nodes." for valid JSON; nothing otherwise (the field error says why). */
function definitionSummary(text: string): string | null {
  if (!text.trim()) return null;
  try {
    const json = JSON.parse(text) as { nodes?: unknown[] };
    return n8nExportProblem(json)
      ? null
      : `Reads as an n8n workflow with ${json.nodes!.length} node${json.nodes!.length === 1 ? '' : 's'}.`;
  } catch {
    return null;
  }
}

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
  const summary = useMemo(() => definitionSummary(typeof definition === 'string' ? definition : ''), [definition]);
  const title = field('title', {
    onChange: (e: { target: { value: string } }) => {
      if (!slugTouched.current) form.setValue('slug', slugify(e.target.value));
    },
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-8">
      {values.id ? <input type="hidden" {...form.register('id')} /> : null}
      <section aria-labelledby="basics-heading" className="grid gap-4 sm:grid-cols-2">
        <h2 id="basics-heading" className="font-semibold sm:col-span-2">
          Basics
        </h2>
        <TextField id="workflow-title" label="Title" required {...title} />
        <TextField
          id="workflow-slug"
          label="Slug"
          hint="The address: /workflows/<slug>. Suggested from the title."
          {...field('slug', { onChange: () => (slugTouched.current = true) })}
        />
        <div className="sm:col-span-2">
          <TextAreaField
            id="workflow-short-description"
            label="Short description"
            className="min-h-16"
            required
            {...field('shortDescription')}
          />
        </div>
        <TextField
          id="workflow-price"
          label="Price (VND)"
          inputMode="decimal"
          required
          hint="Whole đồng: 250000, 250.000 or 250,000."
          {...field('price')}
        />
        <SelectField id="workflow-status" label="Status" {...field('status')}>
          <option value="active">Active (for sale)</option>
          <option value="expired">Expired (not for sale; buyers keep it)</option>
        </SelectField>
      </section>
      {editing ? null : (
        <FieldShell
          id="workflow-cover"
          label="Cover image"
          error={coverError}
          hint="Optional: PNG, JPEG or WebP up to 5 MB. Add more images and files after creating."
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
        label="Description (Markdown)"
        hint="Headings, lists, links and code blocks. Raw HTML is removed."
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
          Details
        </h2>
        <SelectField id="workflow-platform" label="Platform" {...field('platform')}>
          {WORKFLOW_PLATFORMS.map((p) => (
            <option key={p} value={p}>
              {PLATFORM_NAMES[p]}
            </option>
          ))}
        </SelectField>
        <TextField id="workflow-apps" label="Apps" hint="Comma-separated, e.g. Slack, Gmail." {...field('apps')} />
        <TextField
          id="workflow-setup-minutes"
          label="Setup minutes"
          type="number"
          min={1}
          max={1440}
          {...field('setupMinutes')}
        />
        <SelectField id="workflow-level" label="Level" {...field('level')}>
          <option value="">Not set</option>
          {WORKFLOW_LEVELS.map((l) => (
            <option key={l} value={l}>
              {l[0]!.toUpperCase() + l.slice(1)}
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
