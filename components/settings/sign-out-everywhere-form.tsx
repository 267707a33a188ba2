import { Button } from '@/components/ui/button';
import { signOutEverywhereAction } from '@/actions/settings';

/** A plain form (works without JavaScript): ends every session of the account, this one included. */
export function SignOutEverywhereForm() {
  return (
    <form action={signOutEverywhereAction}>
      <Button type="submit" variant="secondary">
        Sign out of all devices
      </Button>
    </form>
  );
}
