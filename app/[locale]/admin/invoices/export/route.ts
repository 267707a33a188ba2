import { INVOICE_CSV_HEADER, openInvoiceExport } from '@/db/queries/admin/exports';
import { csvResponse } from '@/lib/admin/csv-response';
import { notFoundResponse } from '@/server/private-responses';
import { currentAdmin } from '@/server/auth/guards';

export const dynamic = 'force-dynamic';

/** GET /admin/invoices/export : every invoice, in the order issued, as CSV. */
export async function GET(): Promise<Response> {
  const user = await currentAdmin();
  if (!user) return notFoundResponse();
  return csvResponse('invoices', INVOICE_CSV_HEADER, await openInvoiceExport(user.id));
}
