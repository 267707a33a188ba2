'use client';

import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { FieldShell, describedBy, inputClass } from '@/components/ui/field';
import { cn } from '@/lib/cn';
import type { FieldProps } from '@/lib/forms/use-action-form';

const MARKDOWN_STYLES =
  '[&_a]:text-brand-600 [&_a]:underline [&_blockquote]:border-l-4 [&_blockquote]:pl-3 [&_code]:font-mono [&_h2]:mt-4 [&_h2]:text-lg [&_h2]:font-semibold [&_h3]:mt-3 [&_h3]:font-semibold [&_li]:my-1 [&_ol]:list-decimal [&_ol]:pl-5 [&_p]:my-2 [&_pre]:overflow-x-auto [&_pre]:rounded [&_pre]:bg-canvas [&_pre]:p-2 [&_ul]:list-disc [&_ul]:pl-5';

/** Markdown with Write / Preview. The preview is rendered and sanitised on the server, as the shop renders it. */
export function MarkdownField({
  id,
  label,
  hint,
  field: { error, ...textarea },
  getValue,
  preview,
}: {
  id: string;
  label: string;
  hint?: string;
  field: FieldProps;
  getValue: () => string;
  preview: (markdown: string) => Promise<string>;
}) {
  const t = useTranslations('admin');
  const [mode, setMode] = useState<'write' | 'preview'>('write');
  const [html, setHtml] = useState('');
  const [isPending, startTransition] = useTransition();
  const showPreview = () => {
    setMode('preview');
    startTransition(async () => setHtml(await preview(getValue())));
  };
  return (
    <FieldShell id={id} label={label} error={error} hint={hint}>
      <div className="flex gap-1" role="group" aria-label={t('workflowForm.editorMode')}>
        <Button
          variant={mode === 'write' ? 'secondary' : 'ghost'}
          size="sm"
          aria-pressed={mode === 'write'}
          onClick={() => setMode('write')}
        >
          {t('workflowForm.write')}
        </Button>
        <Button
          variant={mode === 'preview' ? 'secondary' : 'ghost'}
          size="sm"
          aria-pressed={mode === 'preview'}
          onClick={showPreview}
        >
          {t('workflowForm.preview')}
        </Button>
      </div>
      <textarea
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        className={cn(inputClass, 'min-h-64 font-mono', mode === 'preview' && 'hidden')}
        {...textarea}
      />
      {mode === 'preview' ? (
        <div
          aria-live="polite"
          aria-busy={isPending}
          className={`min-h-64 rounded-lg border border-line bg-surface px-4 py-3 text-sm ${MARKDOWN_STYLES}`}
        >
          {isPending ? (
            <p className="text-muted">{t('workflowForm.rendering')}</p>
          ) : (
            <div dangerouslySetInnerHTML={{ __html: html }} />
          )}
        </div>
      ) : null}
    </FieldShell>
  );
}
