import { env } from './env';
import { formatMoney } from './money';

/** The public base URL of the shop, without a trailing slash (canonical links, sitemap, emails). */
export function appUrl(): string {
  return env().APP_URL;
}

/**
 * Who the shop is, as configured (SHOP_NAME, SHOP_CURRENCY, SHOP_LEGAL_NAME, SHOP_ADDRESS, SHOP_TAX_CODE,
 * SHOP_SUPPORT_EMAIL): the one source for every page, email and invoice.
 */
export type Shop = {
  name: string;
  /** ISO 4217 code; money is shown in it and invoices are issued in it. */
  currency: string;
  /** The seller as registered: footer, legal pages, invoices. */
  legalName: string;
  address: string;
  /** Mã số thuế (MST). */
  taxCode: string;
  supportEmail: string;
};

/** The configured shop. Server only (it reads lib/env.ts): client components get it as props. */
export function shop(): Shop {
  const { SHOP_NAME, SHOP_CURRENCY, SHOP_LEGAL_NAME, SHOP_ADDRESS, SHOP_TAX_CODE, SHOP_SUPPORT_EMAIL } = env();
  return {
    name: SHOP_NAME,
    currency: SHOP_CURRENCY,
    legalName: SHOP_LEGAL_NAME,
    address: SHOP_ADDRESS,
    taxCode: SHOP_TAX_CODE,
    supportEmail: SHOP_SUPPORT_EMAIL,
  };
}

/** The page title template and the home page's title: "<page> · <shop>". */
export function siteTitle(locale: 'en' | 'vi' = 'en'): { default: string; template: string } {
  const { name } = shop();
  const tagline = locale === 'vi' ? 'mẫu quy trình tự động hóa' : 'automation workflow templates';
  return { default: `${name} — ${tagline}`, template: `%s · ${name}` };
}

/**
 * An amount in the shop's currency, for display: "199.000 ₫" (exact: see formatMoney), the Vietnamese
 * way in both languages for VND; another currency follows the reader's language. Server only.
 */
export function formatPrice(amount: string, locale: 'en' | 'vi' = 'en'): string {
  return formatMoney(amount, shop().currency, locale);
}

const numberFormats = { en: new Intl.NumberFormat('en-US'), vi: new Intl.NumberFormat('vi-VN') };

/** A count for display in the reader's language: "1,234" (en), "1.234" (vi). */
export function formatNumber(value: number, locale: 'en' | 'vi' = 'en'): string {
  return numberFormats[locale].format(value);
}
