import { Link } from '@/i18n/navigation';
import type { InvoiceView } from '@/db/queries/purchases';
import { formatDateTime } from '@/lib/format-date-time';
import { invoiceTranslator, partyLines, type InvoiceLocale } from '@/lib/invoices/invoice-text';
import { formatMoney } from '@/lib/money';
import { appUrl } from '@/lib/site';

type Translate = ReturnType<typeof invoiceTranslator>;

function Party({ title, party, t }: { title: string; party: InvoiceView['buyer']; t: Translate }) {
  const [name, ...rest] = partyLines(party, (taxCode) => t('taxCode', { taxCode }));
  return (
    <div>
      <h2 className="text-xs font-semibold uppercase tracking-wide text-muted">{title}</h2>
      <address className="mt-1 space-y-0.5 text-sm not-italic">
        <p className="font-medium">{name}</p>
        {rest.map((line, i) => (
          <p key={i}>{line}</p>
        ))}
      </address>
    </div>
  );
}

/** The invoice as a document: on screen a card, on paper just the invoice (print: variants). */
export function InvoiceDocument({ invoice, locale = 'en' }: { invoice: InvoiceView; locale?: InvoiceLocale }) {
  const t = invoiceTranslator(locale);
  const total = formatMoney(invoice.amount, invoice.currency, locale);
  return (
    <article
      aria-labelledby="invoice-title"
      className="rounded-xl border border-line bg-surface p-8 print:rounded-none print:border-0 print:p-0 print:shadow-none"
    >
      <header className="flex flex-wrap items-start justify-between gap-4 border-b border-line pb-6">
        <p className="text-xl font-semibold">{invoice.seller.name}</p>
        <div className="text-right">
          <h1 id="invoice-title" className="text-2xl font-semibold">
            {t('subject', { number: invoice.invoiceNumber })}
          </h1>
          <p className="text-sm text-muted">{t('issued', { date: formatDateTime(invoice.issuedAt, locale) })}</p>
        </div>
      </header>
      <div className="grid gap-6 py-6 sm:grid-cols-2">
        <Party title={t('from')} party={invoice.seller} t={t} />
        <Party title={t('billTo')} party={invoice.buyer} t={t} />
      </div>
      <table className="w-full text-sm">
        <thead>
          <tr className="border-b border-line text-left text-xs uppercase tracking-wide text-muted">
            <th scope="col" className="py-2 font-semibold">
              {t('description')}
            </th>
            <th scope="col" className="py-2 text-right font-semibold">
              {t('amount')}
            </th>
          </tr>
        </thead>
        <tbody>
          <tr className="border-b border-line">
            <td className="py-3">
              <p className="font-medium">{t('item', { title: invoice.workflow.title })}</p>
              <p className="text-muted">{t('payment', { reference: invoice.purchase.transferReference })}</p>
            </td>
            <td className="py-3 text-right">{total}</td>
          </tr>
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className="pt-4 text-right font-semibold">
              {t('total')}
            </th>
            <td className="pt-4 text-right text-lg font-semibold">{total}</td>
          </tr>
        </tfoot>
      </table>
      <p className="mt-10 text-xs text-muted">{t('receipt')}</p>
      <p className="mt-1 text-xs text-muted">{t('thanks')}</p>
      <p className="mt-1 text-xs text-muted">
        {t.rich('terms', {
          url: `${appUrl()}/terms`,
          link: (chunks) => (
            <Link href="/terms" className="underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
    </article>
  );
}
