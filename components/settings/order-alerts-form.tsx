'use client';

import { orderAlertsAction } from '@/actions/settings';
import { useActionForm } from '@/lib/forms/use-action-form';
import { orderAlertsSchema, type OrderAlerts } from '@/lib/validations/settings';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';

export function OrderAlertsForm({ orderAlerts }: { orderAlerts: OrderAlerts }) {
  const { state, isPending, formAction, onSubmit, field } = useActionForm<{ orderAlerts: OrderAlerts }>(
    orderAlertsSchema,
    orderAlertsAction,
    { orderAlerts },
  );
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <SelectField id="settings-order-alerts" label="Order alerts" {...field('orderAlerts')}>
        <option value="each">An email for each new order</option>
        <option value="digest">One email an hour (digest)</option>
        <option value="off">No emails</option>
      </SelectField>
      <FormMessage state={state} />
      <Button type="submit" disabled={isPending}>
        {isPending ? 'Saving…' : 'Save order alerts'}
      </Button>
    </form>
  );
}
