import type { NextRequest } from 'next/server';
import { openPurchaseExport, PURCHASE_CSV_HEADER } from '@/db/queries/admin/exports';
import { localeOf, type LocaleParams } from '@/i18n/page-locale';
import { localizedPurchaseRows, purchaseCsvHeader } from '@/lib/admin/csv-labels';
import { csvResponse } from '@/lib/admin/csv-response';
import { notFoundResponse } from '@/server/private-responses';
import { currentAdmin } from '@/server/auth/guards';
import { purchaseListFilters } from '@/lib/validations/admin/purchases';

/** GET /admin/purchases/export?status=&q= : the purchases the queue shows with these filters, as CSV in the page's language. */
export async function GET(request: NextRequest, { params }: { params: LocaleParams }): Promise<Response> {
  const user = await currentAdmin();
  if (!user) return notFoundResponse();
  const locale = await localeOf(params);
  const filters = purchaseListFilters.parse(Object.fromEntries(request.nextUrl.searchParams));
  const rows = await openPurchaseExport(user.id, { status: filters.status, q: filters.q });
  return csvResponse(
    'purchases',
    await purchaseCsvHeader(locale, PURCHASE_CSV_HEADER),
    localizedPurchaseRows(locale, PURCHASE_CSV_HEADER, rows),
  );
}
