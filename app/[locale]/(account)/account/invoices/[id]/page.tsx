import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { InvoiceDocument } from '@/components/account/invoices/invoice-document';
import { PrintButton } from '@/components/account/invoices/print-button';
import { buttonClass } from '@/components/ui/button-class';
import { getInvoice } from '@/db/queries/purchases';
import { requireUser } from '@/server/auth/guards';
import { localeOf, pageLocale } from '@/i18n/page-locale';
import { foundOr404, paramOr404 } from '@/server/pages';
import { idSchema } from '@/lib/validations/purchases';

type Props = { params: Promise<{ id: string; locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: 'account' });
  return { title: t('invoice.title') };
}

/** A printable invoice: its buyer and admins only; anyone else gets the 404 page. */
export default async function InvoicePage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations('account');
  const { id: raw } = await params;
  const user = await requireUser(`/account/invoices/${encodeURIComponent(raw)}`);
  const invoice = foundOr404(await getInvoice(user.id, paramOr404(idSchema, raw)));
  return (
    <div className="space-y-4">
      <div className="no-print flex flex-wrap items-center justify-between gap-3">
        <Link href="/account/purchases" className="text-sm text-brand-600 hover:underline">
          {t('invoice.back')}
        </Link>
        <div className="flex gap-2">
          <PrintButton label={t('invoice.print')} />
          <a href={`/api/invoices/${invoice.id}/pdf?locale=${locale}`} className={buttonClass('primary')} download>
            {t('invoice.download')}
          </a>
        </div>
      </div>
      <InvoiceDocument invoice={invoice} locale={locale} />
    </div>
  );
}
