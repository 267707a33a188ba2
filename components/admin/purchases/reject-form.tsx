'use client';

import { useEffect, useId, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { TextAreaField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import type { FormAction } from '@/lib/forms/action-state';
import { useActionForm } from '@/lib/forms/use-action-form';
import { rejectPurchaseSchema, type RejectPurchaseInput } from '@/lib/validations/admin/purchases';

/**
 * "Reject" asks for a "Reason", which the buyer reads. In the queue it starts as one button that opens
 * the form (`collapsible`); on the purchase's own page the form is always there (and works without JS).
 */
export function RejectForm({
  purchaseId,
  action,
  collapsible = false,
}: {
  purchaseId: string;
  action: FormAction;
  collapsible?: boolean;
}) {
  const t = useTranslations('admin');
  const [open, setOpen] = useState(!collapsible);
  const { form, state, isPending, formAction, onSubmit, field } = useActionForm<RejectPurchaseInput>(
    rejectPurchaseSchema,
    action,
    { purchaseId, reason: '' },
  );
  const id = useId();
  useEffect(() => {
    if (open && collapsible) form.setFocus('reason');
  }, [open, collapsible, form]);
  if (!open) {
    return (
      <Button variant="secondary" size="sm" aria-expanded={false} onClick={() => setOpen(true)}>
        {t('purchase.reject')}
      </Button>
    );
  }
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="w-full min-w-64 space-y-2">
      <input type="hidden" {...form.register('purchaseId')} defaultValue={purchaseId} />
      <TextAreaField
        id={`${id}-reason`}
        label={t('purchase.reason')}
        hint={t('purchase.reasonHint')}
        className="min-h-20"
        {...field('reason')}
      />
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" variant="danger" size="sm" disabled={isPending || state.status === 'success'}>
          {isPending ? t('purchase.rejecting') : t('purchase.reject')}
        </Button>
        {collapsible && state.status !== 'success' ? (
          <Button variant="ghost" size="sm" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </Button>
        ) : null}
      </div>
      <FormMessage state={state} />
    </form>
  );
}
