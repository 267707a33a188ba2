import { shop } from '@/lib/site';
import { emailTranslator, pageUrl, type MailLocale } from './email-text';
import { renderEmail, type RenderedEmail } from './render';

/** To an account's owner after a burst of failed sign-ins (at most once per 15 minutes), in their language. */
export function signInAlertEmail(
  name: string,
  failures: number,
  locale: MailLocale = 'en',
): RenderedEmail & { subject: string } {
  const t = emailTranslator(locale);
  return {
    subject: t('signInAlert.subject', { shop: shop().name }),
    ...renderEmail({
      greeting: t('greeting', { name }),
      paragraphs: [t('signInAlert.tried', { count: failures }), t('signInAlert.notLocked'), t('signInAlert.advice')],
      action: { label: t('signInAlert.action'), url: pageUrl(locale, '/account/settings') },
      footer: t('signInAlert.footer'),
    }),
  };
}
