/**
 * The emails' words in the reader's language (issue 14): messages/<locale>/email.json through next-intl's
 * createTranslator, which needs no request, so the data layer and the mail worker queue and render mail in
 * each recipient's own language (users.locale) whatever language the request that caused it was in.
 */
import { createTranslator } from 'use-intl/core';
import { localizedPath, type Locale } from '@/i18n/routing';
import en from '@/messages/en/email.json';
import vi from '@/messages/vi/email.json';
import { appUrl } from '../site';

export type MailLocale = Locale;

const MESSAGES = { en, vi } satisfies Record<MailLocale, typeof en>;

export function emailTranslator(locale: MailLocale) {
  return createTranslator({ locale, messages: { email: MESSAGES[locale] }, namespace: 'email' });
}

/** An absolute link to a page of the shop in the reader's language (`/vi/…` for Vietnamese). */
export function pageUrl(locale: MailLocale, path: string): string {
  return `${appUrl()}${localizedPath(locale, path)}`;
}

/** A stored users.locale (or anything else) as a mail language: English unless it is Vietnamese. */
export function mailLocale(value: string | null | undefined): MailLocale {
  return value === 'vi' ? 'vi' : 'en';
}

type NoticeKey = 'newOrder' | 'paymentConfirmed' | 'paymentRejected' | 'expiringSoon' | 'expired' | 'signInBurst';

/** An in-app notification's title and message in its recipient's language (written once, when it is created). */
export function noticeText(
  locale: MailLocale,
  key: NoticeKey,
  values: Record<string, string | number>,
): { title: string; message: string } {
  const t = emailTranslator(locale);
  return { title: t(`notice.${key}.title`), message: t(`notice.${key}.message`, values) };
}
