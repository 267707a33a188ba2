'use client';

import { useEffect, useRef } from 'react';
import { FormActions } from '@/components/admin/form-actions';
import { FieldShell, TextField, describedBy } from '@/components/ui/field';
import type { FormAction } from '@/lib/forms/action-state';
import { useActionForm } from '@/lib/forms/use-action-form';
import { ASSET_ACCEPT, assetUploadSchema, type AssetUploadInput } from '@/lib/validations/admin/assets';

/** Upload an image, doc or file (limits checked on the server), or add a video link. */
export function AssetUploadForm({ workflowId, action }: { workflowId: string; action: FormAction }) {
  const { form, state, isPending, formAction, onSubmit, formRef, field } = useActionForm<AssetUploadInput>(
    assetUploadSchema,
    action,
    { workflowId, title: '', alt: '', videoUrl: '' },
  );
  const fileRef = useRef<HTMLInputElement | null>(null);
  useEffect(() => {
    if (state.status !== 'success') return;
    form.reset();
    if (fileRef.current) fileRef.current.value = '';
  }, [state, form]);
  const fileError = state.status === 'error' ? state.fieldErrors?.file?.[0] : undefined;
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-2">
      <input type="hidden" {...form.register('workflowId')} />
      <FieldShell
        id="asset-file"
        label="File"
        error={fileError}
        hint="Images: PNG, JPEG, WebP up to 5 MB. Docs: Markdown or text up to 2 MB. Files: PDF, ZIP, JSON, CSV up to 8 MB."
      >
        <input
          id="asset-file"
          ref={fileRef}
          type="file"
          name="file"
          accept={ASSET_ACCEPT}
          aria-invalid={fileError ? true : undefined}
          aria-describedby={describedBy('asset-file', fileError, 'hint')}
          className="block text-sm"
        />
      </FieldShell>
      <TextField
        id="asset-video"
        label="Or a video link"
        type="url"
        placeholder="https://www.youtube.com/watch?v=…"
        hint="YouTube or Vimeo (embedded without tracking cookies), or an https link to an MP4 or WebM file."
        {...field('videoUrl')}
      />
      <TextField id="asset-alt" label="Image description (alt text)" hint="Required for images." {...field('alt')} />
      <TextField id="asset-title" label="Title" hint="Shown to buyers for files and videos." {...field('title')} />
      <FormActions
        state={state}
        isPending={isPending}
        label="Add to workflow"
        className="flex flex-wrap items-center gap-3 sm:col-span-2"
      />
    </form>
  );
}
