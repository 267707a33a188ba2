import { env } from './env';
import { formatMoney } from './money';

/** The public base URL of the shop, without a trailing slash (canonical links, sitemap, emails). */
export function appUrl(): string {
  return env().APP_URL;
}

/** Who the shop is, as configured (SHOP_NAME, SHOP_CURRENCY): the one source for every page, email and invoice. */
type Shop = {
  name: string;
  /** ISO 4217 code; money is shown in it and invoices are issued in it. */
  currency: string;
};

/** The configured shop. Server only (it reads lib/env.ts): client components get it as props. */
export function shop(): Shop {
  const { SHOP_NAME, SHOP_CURRENCY } = env();
  return { name: SHOP_NAME, currency: SHOP_CURRENCY };
}

/** The page title template and the home page's title: "<page> · <shop>". */
export function siteTitle(): { default: string; template: string } {
  const { name } = shop();
  return { default: `${name} — automation workflow templates`, template: `%s · ${name}` };
}

/** An amount in the shop's currency, for display: "199.000 ₫" (exact: see formatMoney). Server only. */
export function formatPrice(amount: string): string {
  return formatMoney(amount, shop().currency);
}
