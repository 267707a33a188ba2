'use client';

import { updateInvoiceDetailsAction } from '@/actions/settings';
import { useActionForm } from '@/lib/forms/use-action-form';
import { invoiceDetailsSchema, type InvoiceDetails, type InvoiceDetailsInput } from '@/lib/validations/settings';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';

export function InvoiceDetailsForm({ details }: { details: InvoiceDetails }) {
  const { state, isPending, formAction, onSubmit, field } = useActionForm<InvoiceDetailsInput>(
    invoiceDetailsSchema,
    updateInvoiceDetailsAction,
    { company: details.company ?? '', address: details.address ?? '', taxCode: details.taxCode ?? '' },
  );
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <TextField id="settings-invoice-company" label="Company name" autoComplete="organization" {...field('company')} />
      <TextField id="settings-invoice-address" label="Address" autoComplete="street-address" {...field('address')} />
      <TextField
        id="settings-invoice-tax-code"
        label="Tax code (MST)"
        hint="10 digits, or 10 digits, a hyphen and 3 digits (0312345678-001)."
        inputMode="numeric"
        {...field('taxCode')}
      />
      <FormMessage state={state} />
      <Button type="submit" disabled={isPending}>
        {isPending ? 'Saving…' : 'Save invoice details'}
      </Button>
    </form>
  );
}
