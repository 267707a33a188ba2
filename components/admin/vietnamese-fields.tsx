import { useTranslations } from 'next-intl';
import { TextAreaField, TextField } from '@/components/ui/field';
import type { FieldProps } from '@/lib/forms/use-action-form';

/**
 * The optional Vietnamese version of a workflow's or category's texts (issue 14), inside the admin forms.
 * The labels are in Vietnamese (marked `lang="vi"`), as the text the admin types; empty means "show the
 * English text".
 */
export function VietnameseFields({
  prefix,
  fields,
  className,
}: {
  /** The id prefix of the inputs: `<prefix>-title-vi`… */
  prefix: string;
  /** Each given field gets an input: a one-line title/name, text areas for the descriptions. */
  fields: { title?: FieldProps; name?: FieldProps; shortDescription?: FieldProps; description?: FieldProps };
  className?: string;
}) {
  const t = useTranslations('admin');
  return (
    <fieldset className={className} aria-describedby={`${prefix}-vi-hint`}>
      <legend className="font-semibold">{t('vietnamese.legend')}</legend>
      <p id={`${prefix}-vi-hint`} className="mb-2 text-sm text-muted">
        {t('vietnamese.hint')}
      </p>
      <div lang="vi" className="grid gap-3">
        {fields.title ? <TextField id={`${prefix}-title-vi`} label="Tiêu đề (tiếng Việt)" {...fields.title} /> : null}
        {fields.name ? <TextField id={`${prefix}-name-vi`} label="Tên (tiếng Việt)" {...fields.name} /> : null}
        {fields.shortDescription ? (
          <TextAreaField
            id={`${prefix}-short-description-vi`}
            label="Mô tả ngắn (tiếng Việt)"
            className="min-h-16"
            {...fields.shortDescription}
          />
        ) : null}
        {fields.description ? (
          <TextAreaField
            id={`${prefix}-description-vi`}
            label={fields.title ? 'Mô tả chi tiết (tiếng Việt, Markdown)' : 'Mô tả (tiếng Việt)'}
            className={fields.title ? 'min-h-40' : 'min-h-16'}
            {...fields.description}
          />
        ) : null}
      </div>
    </fieldset>
  );
}
