import { shop } from '@/lib/site';
import { emailTranslator, pageUrl, type MailLocale } from './email-text';
import { renderEmail, type RenderedEmail } from './render';

type Email = RenderedEmail & { subject: string };

/** The account emails, each in its reader's language (`locale`, from users.locale). */
export function passwordResetEmail(name: string, token: string, locale: MailLocale = 'en'): Email {
  const t = emailTranslator(locale);
  const url = pageUrl(locale, `/reset-password?token=${encodeURIComponent(token)}`);
  const { name: shopName } = shop();
  return {
    subject: t('passwordReset.subject', { shop: shopName }),
    ...renderEmail({
      greeting: t('greeting', { name }),
      paragraphs: [t('passwordReset.asked', { shop: shopName }), t('passwordReset.once')],
      action: { label: t('passwordReset.action'), url },
      footer: t('passwordReset.footer'),
    }),
  };
}

export function contactReplyEmail(
  input: { name: string; subject: string; message: string; reply: string },
  locale: MailLocale = 'en',
): Email {
  const t = emailTranslator(locale);
  return {
    subject: `Re: ${input.subject}`,
    ...renderEmail({
      greeting: t('greeting', { name: input.name }),
      paragraphs: [t('contactReply.thanks'), input.reply],
      quote: input.message,
      footer: t('contactReply.footer', { url: pageUrl(locale, '/contact') }),
    }),
  };
}

/** The link that confirms an address: after registration (`register`) or for a new sign-in email (`change`). */
export function emailConfirmationEmail(
  name: string,
  token: string,
  purpose: 'register' | 'change',
  locale: MailLocale = 'en',
): Email {
  const t = emailTranslator(locale);
  const url = pageUrl(locale, `/confirm-email?token=${encodeURIComponent(token)}`);
  const { name: shopName } = shop();
  const change = purpose === 'change';
  return {
    subject: change ? t('confirmChange.subject', { shop: shopName }) : t('confirm.subject', { shop: shopName }),
    ...renderEmail({
      greeting: t('greeting', { name }),
      paragraphs: change
        ? [t('confirmChange.asked', { shop: shopName }), t('confirmChange.once')]
        : [t('confirm.welcome', { shop: shopName }), t('confirm.once')],
      action: { label: change ? t('confirmChange.action') : t('confirm.action'), url },
      footer: change ? t('confirmChange.footer') : t('confirm.footer'),
    }),
  };
}

/** Told to the old address when somebody asks to move the account to a new one. */
export function emailChangeNoticeEmail(name: string, newEmail: string, locale: MailLocale = 'en'): Email {
  const t = emailTranslator(locale);
  return {
    subject: t('changeNotice.subject', { shop: shop().name }),
    ...renderEmail({
      greeting: t('greeting', { name }),
      paragraphs: [t('changeNotice.asked', { email: newEmail }), t('changeNotice.notYou')],
      action: { label: t('changeNotice.action'), url: pageUrl(locale, '/account/settings') },
    }),
  };
}
