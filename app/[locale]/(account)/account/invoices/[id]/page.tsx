import type { Metadata } from 'next';
import { Link } from '@/i18n/navigation';
import { InvoiceDocument } from '@/components/account/invoices/invoice-document';
import { PrintButton } from '@/components/account/invoices/print-button';
import { buttonClass } from '@/components/ui/button';
import { getInvoice } from '@/db/queries/purchases';
import { requireUser } from '@/server/auth/guards';
import { pageLocale } from '@/i18n/page-locale';
import { foundOr404, paramOr404 } from '@/server/pages';
import { idSchema } from '@/lib/validations/purchases';

export const metadata: Metadata = { title: 'Invoice' };

/** A printable invoice: its buyer and admins only; anyone else gets the 404 page. */
export default async function InvoicePage({ params }: { params: Promise<{ id: string; locale: string }> }) {
  const locale = await pageLocale(params);
  const { id: raw } = await params;
  const user = await requireUser(`/account/invoices/${encodeURIComponent(raw)}`);
  const invoice = foundOr404(await getInvoice(user.id, paramOr404(idSchema, raw)));
  return (
    <div className="space-y-4">
      <div className="no-print flex flex-wrap items-center justify-between gap-3">
        <Link href="/account/purchases" className="text-sm text-brand-600 hover:underline">
          ← Your purchases
        </Link>
        <div className="flex gap-2">
          <PrintButton />
          <a href={`/api/invoices/${invoice.id}/pdf?locale=${locale}`} className={buttonClass('primary')} download>
            Download PDF
          </a>
        </div>
      </div>
      <InvoiceDocument invoice={invoice} locale={locale} />
    </div>
  );
}
