'use client';

import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { useActionState } from 'react';
import { idleState } from '@/lib/forms/action-state';
import { confirmEmailAction } from '@/actions/email-confirmation';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { SuccessPanel } from '@/components/ui/success-panel';

/**
 * One button that uses the link (a POST: opening the link alone changes nothing). Works without
 * JavaScript. The outcome stays on screen after the page re-renders with the link spent.
 */
export function ConfirmEmailForm({ token, usable }: { token: string; usable: boolean }) {
  const t = useTranslations('auth');
  const [state, formAction, isPending] = useActionState(confirmEmailAction, idleState);
  if (state.status === 'success') {
    return <SuccessPanel next={{ href: '/account/settings', label: t('goToAccount') }}>{state.message}</SuccessPanel>;
  }
  if (!usable && state.status === 'idle') {
    return (
      <div role="alert" className="space-y-4 text-sm">
        <p className="rounded-lg bg-red-50 px-3 py-2 text-danger">{t('confirmInvalid')}</p>
        <Link className="font-medium text-brand-600 hover:underline" href="/account/settings">
          {t('askNewConfirmation')}
        </Link>
      </div>
    );
  }
  return (
    <form action={formAction} className="space-y-4">
      <p className="text-sm text-muted">{t('confirmIntro')}</p>
      <input type="hidden" name="token" value={token} />
      <FormMessage state={state} />
      <Button type="submit" disabled={isPending}>
        {isPending ? t('confirming') : t('confirmButton')}
      </Button>
    </form>
  );
}
