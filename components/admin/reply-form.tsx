'use client';

import { useId } from 'react';
import { useTranslations } from 'next-intl';
import { FormActions } from '@/components/admin/form-actions';
import { TextAreaField } from '@/components/ui/field';
import type { FormAction } from '@/lib/forms/action-state';
import { useActionForm } from '@/lib/forms/use-action-form';
import { contactReplySchema } from '@/lib/validations/contact';

/** The admin's answer to a contact message (emailed to the sender; one answer per message). */
export function ReplyForm({ messageId, action }: { messageId: string; action: FormAction }) {
  const { form, state, isPending, formAction, onSubmit, field } = useActionForm<{ messageId: string; reply: string }>(
    contactReplySchema,
    action,
    { messageId, reply: '' },
  );
  const t = useTranslations('admin');
  const id = useId();
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="mt-3 space-y-2">
      <input type="hidden" {...form.register('messageId')} defaultValue={messageId} />
      <TextAreaField id={`${id}-reply`} label={t('messages.reply')} className="min-h-20" {...field('reply')} />
      <FormActions state={state} isPending={isPending} label={t('messages.send')} />
    </form>
  );
}
