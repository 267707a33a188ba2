'use client';

import { useTranslations } from 'next-intl';
import { updateInvoiceDetailsAction } from '@/actions/settings';
import { useActionForm } from '@/lib/forms/use-action-form';
import { invoiceDetailsSchema, type InvoiceDetails, type InvoiceDetailsInput } from '@/lib/validations/settings';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';

export function InvoiceDetailsForm({ details }: { details: InvoiceDetails }) {
  const t = useTranslations('settings');
  const { state, isPending, formAction, onSubmit, field } = useActionForm<InvoiceDetailsInput>(
    invoiceDetailsSchema,
    updateInvoiceDetailsAction,
    { company: details.company ?? '', address: details.address ?? '', taxCode: details.taxCode ?? '' },
  );
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <TextField
        id="settings-invoice-company"
        label={t('invoice.company')}
        autoComplete="organization"
        {...field('company')}
      />
      <TextField
        id="settings-invoice-address"
        label={t('invoice.address')}
        autoComplete="street-address"
        {...field('address')}
      />
      <TextField
        id="settings-invoice-tax-code"
        label={t('invoice.taxCode')}
        hint={t('invoice.taxCodeHint')}
        inputMode="numeric"
        {...field('taxCode')}
      />
      <FormMessage state={state} />
      <Button type="submit" disabled={isPending}>
        {isPending ? t('saving') : t('invoice.save')}
      </Button>
    </form>
  );
}
