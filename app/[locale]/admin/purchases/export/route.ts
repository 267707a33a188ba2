import type { NextRequest } from 'next/server';
import { openPurchaseExport, PURCHASE_CSV_HEADER } from '@/db/queries/admin/exports';
import { csvResponse } from '@/lib/admin/csv-response';
import { notFoundResponse } from '@/server/private-responses';
import { currentAdmin } from '@/server/auth/guards';
import { purchaseListFilters } from '@/lib/validations/admin/purchases';

export const dynamic = 'force-dynamic';

/** GET /admin/purchases/export?status=&q= : the purchases the queue shows with these filters, as CSV. */
export async function GET(request: NextRequest): Promise<Response> {
  const user = await currentAdmin();
  if (!user) return notFoundResponse();
  const params = purchaseListFilters.parse(Object.fromEntries(request.nextUrl.searchParams));
  const rows = await openPurchaseExport(user.id, { status: params.status, q: params.q });
  return csvResponse('purchases', PURCHASE_CSV_HEADER, rows);
}
