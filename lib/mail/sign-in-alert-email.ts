import { appUrl, shop } from '@/lib/site';
import { renderEmail, type RenderedEmail } from './render';

/** To an account's owner after a burst of failed sign-ins (at most once per 15 minutes). */
export function signInAlertEmail(name: string, failures: number): RenderedEmail & { subject: string } {
  return {
    subject: `Failed sign-in attempts on your ${shop().name} account`,
    ...renderEmail({
      greeting: `Hello ${name},`,
      paragraphs: [
        `Somebody has tried to sign in to your account with a wrong password ${failures} times in the last 15 minutes.`,
        'Your account is not locked: you can still sign in as usual. While the attempts go on, sign-ins from the places they come from are slowed down.',
        'If it was not you, choose a long password that you use nowhere else.',
      ],
      action: { label: 'Open your account settings', url: `${appUrl()}/account/settings` },
      footer: 'If it was you and you remember your password again, there is nothing to do.',
    }),
  };
}
