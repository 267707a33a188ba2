import { z } from 'zod';
import { getInvoice } from '@/db/queries/purchases';
import { attachment, notFoundResponse, signedInWith } from '@/server/private-responses';
import { buildInvoicePdf } from '@/lib/invoices/invoice-pdf';
import { idSchema } from '@/lib/validations/purchases';

const paramsSchema = z.object({ id: idSchema });

/** GET: the invoice as a PDF, for its buyer and for admins; 404 for anyone else. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const ctx = await signedInWith(await params, paramsSchema);
  const invoice = ctx && (await getInvoice(ctx.user.id, ctx.params.id));
  if (!invoice) return notFoundResponse();
  const pdf = await buildInvoicePdf(invoice);
  return attachment(new Blob([pdf as Uint8Array<ArrayBuffer>]), `${invoice.invoiceNumber}.pdf`, 'application/pdf');
}
