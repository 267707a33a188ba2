import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import type { ActionState } from '@/lib/forms/action-state';

/** A form's submit button and its outcome, side by side. */
export function FormActions({
  state,
  isPending,
  label,
  className,
}: {
  state: ActionState;
  isPending: boolean;
  label: string;
  className?: string;
}) {
  const t = useTranslations('admin');
  return (
    <div className={className ?? 'flex flex-wrap items-center gap-3'}>
      <Button type="submit" disabled={isPending}>
        {isPending ? t('common.saving') : label}
      </Button>
      <FormMessage state={state} className="flex-1" />
    </div>
  );
}
