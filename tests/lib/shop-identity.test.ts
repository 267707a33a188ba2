/**
 * SHOP_NAME and SHOP_CURRENCY reach every place that names the shop or shows money: page titles, the
 * header and footer of every page, emails, JSON-LD (app/(shop)/workflows/[slug]) and prices.
 */
import { NextIntlClientProvider } from 'next-intl';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderEmail } from '@/lib/mail/render';
import { signInAlertEmail } from '@/lib/mail/sign-in-alert-email';
import {
  contactReplyEmail,
  emailChangeNoticeEmail,
  emailConfirmationEmail,
  passwordResetEmail,
} from '@/lib/mail/templates';
import { formatPrice, shop, siteTitle } from '@/lib/site';
import { loadMessages } from '@/i18n/messages';
import type * as NextNavigation from 'next/navigation';
import { passwordProblem } from '@/lib/validations/password';

// The root layout, rendered outside Next: no visitor, no fonts.
vi.mock('@/server/auth/guards', () => ({ getCurrentUser: async () => null }));
vi.mock('@/actions/auth', () => ({ signOutAction: async () => {} }));
vi.mock('next-intl/server', () => import('@/tests/helpers/next-intl-server'));
// The header's search box navigates with the App Router, which is not mounted here.
vi.mock('next/navigation', async (original) => ({
  ...(await original<typeof NextNavigation>()),
  useRouter: () => ({ push: () => {} }),
}));
vi.mock('geist/font/sans', () => ({ GeistSans: { variable: 'font-sans' } }));

const NAME = 'Cửa hàng Thử';

/**
 * Renders a tree as Next renders the root layout's: the header and footer translate with next-intl's
 * hooks, which in a server render read the request's messages and here (react-dom outside Next) a
 * provider's: every English message.
 */
async function render(tree: ReactElement): Promise<string> {
  const messages = await loadMessages('en');
  return renderToStaticMarkup(createElement(NextIntlClientProvider, { locale: 'en', messages, children: tree }));
}
const params = Promise.resolve({ locale: 'en' });

afterEach(() => vi.unstubAllEnvs());

describe('the shop’s identity', () => {
  it('defaults to USITech Marketplace selling in VND', () => {
    vi.stubEnv('SHOP_NAME', undefined);
    vi.stubEnv('SHOP_CURRENCY', undefined);
    expect(shop()).toMatchObject({ name: 'USITech Marketplace', currency: 'VND' });
    expect(formatPrice('199000.00').replace(/\s/g, ' ')).toBe('199.000 ₫');
  });

  describe(`with SHOP_NAME="${NAME}" and SHOP_CURRENCY=USD`, () => {
    const configure = () => {
      vi.stubEnv('SHOP_NAME', NAME);
      vi.stubEnv('SHOP_CURRENCY', 'USD');
    };

    it('titles pages and prices in it', () => {
      configure();
      expect(siteTitle()).toEqual({ default: `${NAME} — automation workflow templates`, template: `%s · ${NAME}` });
      expect(formatPrice('19.5')).toBe('$19.50');
    });

    it('names it in the header, the footer and the title of every page (root layout, site frame)', async () => {
      configure();
      const { default: RootLayout, generateMetadata } = await import('@/app/[locale]/layout');
      const { VisitorFrame } = await import('@/components/layout/site-frame');
      expect((await generateMetadata({ children: null, params })).title).toEqual(siteTitle());
      const page = VisitorFrame({ children: createElement('p', null, 'page') });
      const html = await render(await RootLayout({ children: page, params }));
      expect(html.match(new RegExp(NAME, 'g'))).toHaveLength(2);
      expect(html).toMatch(new RegExp(`<header[^]*<span[^>]*>${NAME}</span>[^]*</header>`));
      expect(html).toMatch(new RegExp(`<footer[^]*${NAME} · Automation workflow templates[^]*</footer>`));
      expect(html).not.toContain('USITech');
    });

    it('names the seller as registered in the footer of every page (root layout)', async () => {
      configure();
      vi.stubEnv('SHOP_LEGAL_NAME', 'Công ty TNHH Cửa hàng Thử');
      vi.stubEnv('SHOP_TAX_CODE', '0312345678');
      vi.stubEnv('SHOP_ADDRESS', '12 Lê Lợi, Phường Sài Gòn, TP. Hồ Chí Minh');
      const { default: RootLayout } = await import('@/app/[locale]/layout');
      const html = await render(await RootLayout({ children: createElement('p', null, 'page'), params }));
      expect(html).toMatch(
        /<footer[^]*Công ty TNHH Cửa hàng Thử · Tax code \(MST\) 0312345678 · 12 Lê Lợi, Phường Sài Gòn, TP. Hồ Chí Minh[^]*<\/footer>/,
      );
    });

    it('writes it in every email: subjects, bodies and the signature', () => {
      configure();
      const emails = [
        passwordResetEmail('Mai', 'token'),
        emailConfirmationEmail('Mai', 'token', 'register'),
        emailConfirmationEmail('Mai', 'token', 'change'),
        emailChangeNoticeEmail('Mai', 'new@example.test'),
        contactReplyEmail({ name: 'Mai', subject: 'Hi', message: 'Question', reply: 'Answer' }),
        signInAlertEmail('Mai', 12),
      ];
      expect(emails.map((e) => e.subject)).toEqual([
        `Reset your ${NAME} password`,
        `Confirm your ${NAME} email`,
        `Confirm your new ${NAME} email`,
        `Your ${NAME} email is about to change`,
        'Re: Hi',
        `Failed sign-in attempts on your ${NAME} account`,
      ]);
      for (const email of emails) {
        expect(email.text).toMatch(new RegExp(`— ${NAME}$`));
        expect(email.html).toContain(`— ${NAME}</p>`);
        expect(`${email.subject}\n${email.text}\n${email.html}`).not.toContain('USITech');
      }
      expect(renderEmail({ greeting: 'Hello,', paragraphs: [] }).text).toBe(`Hello,\n\n— ${NAME}`);
    });
  });
  it('counts the shop’s name against a password', () => {
    expect(passwordProblem('lotustemplates2026')).toBeNull();
    vi.stubEnv('SHOP_NAME', 'Lotus Templates');
    expect(passwordProblem('lotustemplates2026')).toMatch(/too easy to guess/);
  });
});
