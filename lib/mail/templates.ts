import { appUrl } from '@/lib/site';
import { renderEmail, type RenderedEmail } from './render';

type Email = RenderedEmail & { subject: string };

export function passwordResetEmail(name: string, token: string): Email {
  const url = `${appUrl()}/reset-password?token=${encodeURIComponent(token)}`;
  return {
    subject: 'Reset your USITech Marketplace password',
    ...renderEmail({
      greeting: `Hello ${name},`,
      paragraphs: [
        'Somebody (hopefully you) asked to reset the password of your USITech Marketplace account.',
        'The link works once, for one hour. Setting a new password signs you out everywhere else.',
      ],
      action: { label: 'Choose a new password', url },
      footer: 'If you did not ask for this, ignore this email: your password stays as it is.',
    }),
  };
}

export function contactReplyEmail(input: {
  name: string;
  subject: string;
  message: string;
  reply: string;
}): Email {
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
