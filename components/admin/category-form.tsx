'use client';

import { useEffect, useRef } from 'react';
import { useTranslations } from 'next-intl';
import { FormActions } from '@/components/admin/form-actions';
import { VietnameseFields } from '@/components/admin/vietnamese-fields';
import { TextAreaField, TextField } from '@/components/ui/field';
import type { FormAction } from '@/lib/forms/action-state';
import { useActionForm } from '@/lib/forms/use-action-form';
import { slugify } from '@/lib/slug';
import { categoryFormSchema, categoryUpdateSchema, type CategoryUpdateInput } from '@/lib/validations/admin/categories';

/** Create (no `category`) or rename a category. The slug follows the name until the admin edits it. */
export function CategoryForm({
  action,
  category,
  submitLabel,
}: {
  action: FormAction;
  category?: {
    id: string;
    name: string;
    slug: string;
    description: string;
    nameVi: string | null;
    descriptionVi: string | null;
  };
  submitLabel: string;
}) {
  const t = useTranslations('admin');
  const schema = category ? categoryUpdateSchema : categoryFormSchema;
  const { form, state, isPending, formAction, onSubmit, field } = useActionForm<CategoryUpdateInput>(
    schema as typeof categoryUpdateSchema,
    action,
    category
      ? { ...category, nameVi: category.nameVi ?? '', descriptionVi: category.descriptionVi ?? '' }
      : { id: '', name: '', slug: '', description: '', nameVi: '', descriptionVi: '' },
  );
  const slugTouched = useRef(Boolean(category));
  useEffect(() => {
    if (state.status === 'success' && !category) {
      form.reset();
      slugTouched.current = false;
    }
  }, [state, category, form]);
  const prefix = category ? `category-${category.id}` : 'category-new';
  const name = field('name', {
    onChange: (e: { target: { value: string } }) => {
      if (!slugTouched.current) form.setValue('slug', slugify(e.target.value));
    },
  });
  const slug = field('slug', { onChange: () => (slugTouched.current = true) });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-2">
      {category ? <input type="hidden" {...form.register('id')} defaultValue={category.id} /> : null}
      <TextField id={`${prefix}-name`} label={t('categories.name')} required {...name} />
      <TextField id={`${prefix}-slug`} label={t('categories.slug')} hint={t('categories.slugHint')} {...slug} />
      <div className="sm:col-span-2">
        <TextAreaField
          id={`${prefix}-description`}
          label={t('categories.description')}
          className="min-h-16"
          {...field('description')}
        />
      </div>
      <VietnameseFields
        prefix={prefix}
        className="sm:col-span-2"
        fields={{ name: field('nameVi'), description: field('descriptionVi') }}
      />
      <FormActions
        state={state}
        isPending={isPending}
        label={submitLabel}
        className="flex items-center gap-3 sm:col-span-2"
      />
    </form>
  );
}
