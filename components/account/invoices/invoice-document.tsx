import { Link } from '@/i18n/navigation';
import type { InvoiceView } from '@/db/queries/purchases';
import { formatDate } from '@/lib/format-date-time';
import { formatMoney } from '@/lib/money';
import { appUrl } from '@/lib/site';

function Party({ title, party }: { title: string; party: InvoiceView['buyer'] }) {
  return (
    <div>
      <h2 className="text-xs font-semibold uppercase tracking-wide text-muted">{title}</h2>
      <address className="mt-1 space-y-0.5 text-sm not-italic">
        <p className="font-medium">{party.name}</p>
        {party.legalName && party.legalName !== party.name ? <p>{party.legalName}</p> : null}
        {party.address ? <p>{party.address}</p> : null}
        {party.taxId ? <p>Tax code (MST): {party.taxId}</p> : null}
        {party.email ? <p>{party.email}</p> : null}
        {party.bankName ? (
          <p>
            {party.bankName} {party.accountNumber}
          </p>
        ) : null}
        {typeof party.accountName === 'string' ? <p>{party.accountName}</p> : null}
      </address>
    </div>
  );
}

/** The invoice as a document: on screen a card, on paper just the invoice (print: variants). */
export function InvoiceDocument({ invoice }: { invoice: InvoiceView }) {
  const total = formatMoney(invoice.amount, invoice.currency);
  return (
    <article
      aria-labelledby="invoice-title"
      className="rounded-xl border border-line bg-surface p-8 print:rounded-none print:border-0 print:p-0 print:shadow-none"
    >
      <header className="flex flex-wrap items-start justify-between gap-4 border-b border-line pb-6">
        <p className="text-xl font-semibold">{invoice.seller.name}</p>
        <div className="text-right">
          <h1 id="invoice-title" className="text-2xl font-semibold">
            Invoice {invoice.invoiceNumber}
          </h1>
          <p className="text-sm text-muted">Issued {formatDate(invoice.issuedAt)}</p>
        </div>
      </header>
      <div className="grid gap-6 py-6 sm:grid-cols-2">
        <Party title="From" party={invoice.seller} />
        <Party title="Bill to" party={invoice.buyer} />
      </div>
      <table className="w-full text-sm">
        <thead>
          <tr className="border-b border-line text-left text-xs uppercase tracking-wide text-muted">
            <th scope="col" className="py-2 font-semibold">
              Description
            </th>
            <th scope="col" className="py-2 text-right font-semibold">
              Amount
            </th>
          </tr>
        </thead>
        <tbody>
          <tr className="border-b border-line">
            <td className="py-3">
              <p className="font-medium">Workflow template: {invoice.workflow.title}</p>
              <p className="text-muted">
                Bank transfer, reference <span className="font-mono">{invoice.purchase.transferReference}</span>
              </p>
            </td>
            <td className="py-3 text-right">{total}</td>
          </tr>
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className="pt-4 text-right font-semibold">
              Total paid
            </th>
            <td className="pt-4 text-right text-lg font-semibold">{total}</td>
          </tr>
        </tfoot>
      </table>
      <p className="mt-10 text-xs text-muted">Thank you for your purchase. This invoice was issued electronically.</p>
      <p className="mt-1 text-xs text-muted">
        Sold under our Terms of Service:{' '}
        <Link href="/terms" className="underline">
          {appUrl()}/terms
        </Link>
      </p>
    </article>
  );
}
