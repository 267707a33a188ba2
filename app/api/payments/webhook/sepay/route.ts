import { fromSepay } from '@/lib/bank/adapters';
import { receiveBankWebhook } from '@/server/bank/receive';
import { expireInRouteHandler, saleRecorded } from '@/server/cache/invalidate';
import { verifySepay } from '@/lib/bank/signatures';
import { env } from '@/lib/env';

/** SePay-compatible: `Authorization: Apikey <PAYMENT_SEPAY_API_KEY>`; answers `{"success": true}`. */
export async function POST(request: Request) {
  return receiveBankWebhook(request, {
    secret: env().PAYMENT_SEPAY_API_KEY,
    verify: (apiKey, req) => verifySepay({ apiKey, header: req.headers.get('authorization') }),
    adapt: fromSepay,
    ok: (detail) => ({ success: true, ...detail }),
    onSale: (workflowId) => expireInRouteHandler(saleRecorded(workflowId)),
  });
}
