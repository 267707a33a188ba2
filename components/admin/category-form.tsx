'use client';

import { useEffect, useRef } from 'react';
import { FormActions } from '@/components/admin/form-actions';
import { TextAreaField, TextField } from '@/components/ui/field';
import type { ActionState } from '@/lib/forms/action-state';
import { useActionForm } from '@/lib/forms/use-action-form';
import { slugify } from '@/lib/slug';
import { categoryFormSchema, categoryUpdateSchema, type CategoryUpdateInput } from '@/lib/validations/admin/categories';

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/** Create (no `category`) or rename a category. The slug follows the name until the admin edits it. */
export function CategoryForm({
  action,
  category,
  submitLabel,
}: {
  action: Action;
  category?: { id: string; name: string; slug: string; description: string };
  submitLabel: string;
}) {
  const schema = category ? categoryUpdateSchema : categoryFormSchema;
  const { form, state, isPending, formAction, onSubmit, errorFor, echoed } = useActionForm<CategoryUpdateInput>(
    schema as typeof categoryUpdateSchema,
    action,
    category ?? { id: '', name: '', slug: '', description: '' },
  );
  const slugTouched = useRef(Boolean(category));
  useEffect(() => {
    if (state.status === 'success' && !category) {
      form.reset();
      slugTouched.current = false;
    }
  }, [state, category, form]);
  const prefix = category ? `category-${category.id}` : 'category-new';
  const name = form.register('name', {
    onChange: (e: { target: { value: string } }) => {
      if (!slugTouched.current) form.setValue('slug', slugify(e.target.value));
    },
  });
  const slug = form.register('slug', { onChange: () => (slugTouched.current = true) });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-2">
      {category ? <input type="hidden" {...form.register('id')} /> : null}
      <TextField id={`${prefix}-name`} label="Name" required defaultValue={echoed('name')} error={errorFor('name')} {...name} />
      <TextField
        id={`${prefix}-slug`}
        label="Slug"
        hint="Used in the address /categories/…; filled in from the name."
        defaultValue={echoed('slug')}
        error={errorFor('slug')}
        {...slug}
      />
      <div className="sm:col-span-2">
        <TextAreaField
          id={`${prefix}-description`}
          label="Description"
          className="min-h-16"
          defaultValue={echoed('description')}
          error={errorFor('description')}
          {...form.register('description')}
        />
      </div>
      <FormActions state={state} isPending={isPending} label={submitLabel} className="flex items-center gap-3 sm:col-span-2" />
    </form>
  );
}
