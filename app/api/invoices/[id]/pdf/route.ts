import { z } from 'zod';
import { getInvoice } from '@/db/queries/purchases';
import { attachment, notFoundResponse, signedInWith } from '@/server/private-responses';
import { buildInvoicePdf } from '@/lib/invoices/invoice-pdf';
import { INVOICE_LOCALES } from '@/lib/invoices/invoice-text';
import { idSchema } from '@/lib/validations/purchases';

const paramsSchema = z.object({ id: idSchema });
/** `?locale=vi`: the language of the page the link is on; anything else or none: the buyer's own language. */
const localeSchema = z.enum(INVOICE_LOCALES).optional().catch(undefined);

/** GET: the invoice as a PDF, for its buyer and for admins; 404 for anyone else. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const ctx = await signedInWith(await params, paramsSchema);
  const invoice = ctx && (await getInvoice(ctx.user.id, ctx.params.id));
  if (!invoice) return notFoundResponse();
  const asked = localeSchema.parse(new URL(request.url).searchParams.get('locale') ?? undefined);
  const pdf = await buildInvoicePdf(invoice, asked ?? (invoice.buyerLocale === 'vi' ? 'vi' : 'en'));
  return attachment(new Blob([pdf as Uint8Array<ArrayBuffer>]), `${invoice.invoiceNumber}.pdf`, 'application/pdf');
}
