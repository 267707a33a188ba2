'use client';

import { useEffect, useRef } from 'react';
import { useTranslations } from 'next-intl';
import { FormActions } from '@/components/admin/form-actions';
import { FieldShell, TextField, describedBy } from '@/components/ui/field';
import type { FormAction } from '@/lib/forms/action-state';
import { useActionForm } from '@/lib/forms/use-action-form';
import { ASSET_ACCEPT, assetUploadSchema, type AssetUploadInput } from '@/lib/validations/admin/assets';

/** Upload an image, doc or file (limits checked on the server), or add a video link. */
export function AssetUploadForm({ workflowId, action }: { workflowId: string; action: FormAction }) {
  const t = useTranslations('admin');
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
      <input type="hidden" {...form.register('workflowId')} defaultValue={workflowId} />
      <FieldShell id="asset-file" label={t('assets.fileLabel')} error={fileError} hint={t('assets.fileHint')}>
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
        label={t('assets.videoLabel')}
        type="url"
        placeholder="https://www.youtube.com/watch?v=…"
        hint={t('assets.videoHint')}
        {...field('videoUrl')}
      />
      <TextField id="asset-alt" label={t('assets.alt')} hint={t('assets.altHint')} {...field('alt')} />
      <TextField id="asset-title" label={t('assets.title')} hint={t('assets.titleHint')} {...field('title')} />
      <FormActions
        state={state}
        isPending={isPending}
        label={t('assets.add')}
        className="flex flex-wrap items-center gap-3 sm:col-span-2"
      />
    </form>
  );
}
