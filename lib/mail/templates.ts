import { appUrl, shop } from '@/lib/site';
import { renderEmail, type RenderedEmail } from './render';

type Email = RenderedEmail & { subject: string };

export function passwordResetEmail(name: string, token: string): Email {
  const url = `${appUrl()}/reset-password?token=${encodeURIComponent(token)}`;
  const { name: shopName } = shop();
  return {
    subject: `Reset your ${shopName} password`,
    ...renderEmail({
      greeting: `Hello ${name},`,
      paragraphs: [
        `Somebody (hopefully you) asked to reset the password of your ${shopName} account.`,
        'The link works once, for one hour. Setting a new password signs you out everywhere else.',
      ],
      action: { label: 'Choose a new password', url },
      footer: 'If you did not ask for this, ignore this email: your password stays as it is.',
    }),
  };
}

export function contactReplyEmail(input: { name: string; subject: string; message: string; reply: string }): Email {
  return {
    subject: `Re: ${input.subject}`,
    ...renderEmail({
      greeting: `Hello ${input.name},`,
      paragraphs: ['Thank you for writing to us. Here is our answer:', input.reply],
      quote: input.message,
      footer: `You wrote to us through ${appUrl()}/contact. Reply there if you need anything else.`,
    }),
  };
}

/** The link that confirms an address: after registration (`register`) or for a new sign-in email (`change`). */
export function emailConfirmationEmail(name: string, token: string, purpose: 'register' | 'change'): Email {
  const url = `${appUrl()}/confirm-email?token=${encodeURIComponent(token)}`;
  const { name: shopName } = shop();
  return {
    subject: purpose === 'change' ? `Confirm your new ${shopName} email` : `Confirm your ${shopName} email`,
    ...renderEmail({
      greeting: `Hello ${name},`,
      paragraphs:
        purpose === 'change'
          ? [
              `Somebody (hopefully you) asked to sign in to ${shopName} with this address from now on.`,
              'The change takes effect when you confirm it. The link works once, for 24 hours; confirming signs you out on your other devices.',
            ]
          : [
              `Welcome to ${shopName}. Please confirm that this address is yours, so that receipts and password resets reach you.`,
              'The link works once, for 24 hours. Your account works already.',
            ],
      action: { label: purpose === 'change' ? 'Confirm the new email' : 'Confirm my email', url },
      footer:
        purpose === 'change'
          ? 'If you did not ask for this, ignore this email: nothing changes.'
          : 'If you did not create this account, ignore this email.',
    }),
  };
}

/** Told to the old address when somebody asks to move the account to a new one. */
export function emailChangeNoticeEmail(name: string, newEmail: string): Email {
  return {
    subject: `Your ${shop().name} email is about to change`,
    ...renderEmail({
      greeting: `Hello ${name},`,
      paragraphs: [
        `Somebody signed in to your account asked to change its email to ${newEmail}. The change takes effect once that address confirms it.`,
        'If this was not you, change your password now (Settings → Password): that keeps the account yours, and write to us through the contact page.',
      ],
      action: { label: 'Open your settings', url: `${appUrl()}/account/settings` },
    }),
  };
}
