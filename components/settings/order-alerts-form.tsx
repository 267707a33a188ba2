'use client';

import { useTranslations } from 'next-intl';
import { orderAlertsAction } from '@/actions/settings';
import { useActionForm } from '@/lib/forms/use-action-form';
import { orderAlertsSchema, type OrderAlerts } from '@/lib/validations/settings';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';

export function OrderAlertsForm({ orderAlerts }: { orderAlerts: OrderAlerts }) {
  const t = useTranslations('settings');
  const { state, isPending, formAction, onSubmit, field } = useActionForm<{ orderAlerts: OrderAlerts }>(
    orderAlertsSchema,
    orderAlertsAction,
    { orderAlerts },
  );
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <SelectField id="settings-order-alerts" label={t('orderAlerts.label')} {...field('orderAlerts')}>
        <option value="each">{t('orderAlerts.each')}</option>
        <option value="digest">{t('orderAlerts.digest')}</option>
        <option value="off">{t('orderAlerts.off')}</option>
      </SelectField>
      <FormMessage state={state} />
      <Button type="submit" disabled={isPending}>
        {isPending ? t('saving') : t('orderAlerts.save')}
      </Button>
    </form>
  );
}
