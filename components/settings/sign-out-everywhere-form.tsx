import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { signOutEverywhereAction } from '@/actions/settings';

/** A plain form (works without JavaScript): ends every session of the account, this one included. */
export function SignOutEverywhereForm() {
  const t = useTranslations('settings');
  return (
    <form action={signOutEverywhereAction}>
      <Button type="submit" variant="secondary">
        {t('sessions.signOutAll')}
      </Button>
    </form>
  );
}
