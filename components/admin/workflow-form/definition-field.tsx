'use client';

import { useTranslations } from 'next-intl';
import { useState, type ChangeEvent } from 'react';
import { describedBy, inputClass } from '@/components/ui/field';
import { cn } from '@/lib/cn';
import type { FieldProps } from '@/lib/forms/use-action-form';

/**
 * The n8n export, pasted or uploaded. With JavaScript the chosen file is read into the text box (and
 * not sent twice); without it, the file is posted and the server reads it.
 */
export function DefinitionField({
  field: { error, ...textarea },
  onFileText,
  summary,
  id = 'workflow-definition',
}: {
  id?: string;
  field: FieldProps;
  onFileText: (text: string) => void;
  summary: string | null;
}) {
  const t = useTranslations('admin');
  const [fileError, setFileError] = useState<string | null>(null);
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    if (file.size > 2_000_000) {
      setFileError(t('workflowForm.fileTooLarge'));
    } else {
      setFileError(null);
      onFileText(await file.text());
    }
    input.value = '';
  };
  const shown = error ?? fileError ?? undefined;
  return (
    <div className="space-y-2">
      <label htmlFor={id} className="block text-sm font-medium">
        {t('workflowForm.definition')}
      </label>
      <textarea
        id={id}
        spellCheck={false}
        aria-invalid={shown ? true : undefined}
        aria-describedby={describedBy(id, shown, 'hint')}
        className={cn(inputClass, 'min-h-48 font-mono text-xs')}
        {...textarea}
      />
      <p id={`${id}-hint`} className="text-xs text-muted">
        {t('workflowForm.definitionHint')} {summary}
      </p>
      <div>
        <label htmlFor={`${id}-file`} className="text-sm font-medium">
          {t('workflowForm.definitionUpload')}
        </label>
        <input
          id={`${id}-file`}
          type="file"
          name="definitionFile"
          accept=".json,application/json"
          onChange={onFile}
          className="mt-1 block text-sm"
        />
      </div>
      {shown ? (
        <p id={`${id}-error`} className="text-sm text-danger">
          {shown}
        </p>
      ) : null}
    </div>
  );
}
