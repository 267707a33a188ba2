import { INVOICE_CSV_HEADER, openInvoiceExport } from '@/db/queries/admin/exports';
import { localeOf, type LocaleParams } from '@/i18n/page-locale';
import { invoiceCsvHeader } from '@/lib/admin/csv-labels';
import { csvResponse } from '@/lib/admin/csv-response';
import { notFoundResponse } from '@/server/private-responses';
import { currentAdmin } from '@/server/auth/guards';

/** GET /admin/invoices/export : every invoice, in the order issued, as CSV with a header in the page's language. */
export async function GET(_request: Request, { params }: { params: LocaleParams }): Promise<Response> {
  const user = await currentAdmin();
  if (!user) return notFoundResponse();
  const header = await invoiceCsvHeader(await localeOf(params), INVOICE_CSV_HEADER);
  return csvResponse('invoices', header, await openInvoiceExport(user.id));
}
