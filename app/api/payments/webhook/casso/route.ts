import { fromCasso } from '@/lib/bank/adapters';
import { receiveBankWebhook } from '@/server/bank/receive';
import { expireInRouteHandler, saleRecorded } from '@/server/cache/invalidate';
import { verifyCasso } from '@/lib/bank/signatures';
import { env } from '@/lib/env';

/** Casso webhook v2: `X-Casso-Signature: t=<ms>,v1=<hex HMAC-SHA512>` with PAYMENT_CASSO_CHECKSUM_KEY. */
export async function POST(request: Request) {
  return receiveBankWebhook(request, {
    secret: env().PAYMENT_CASSO_CHECKSUM_KEY,
    verify: (checksumKey, req, _raw, body) =>
      verifyCasso({ checksumKey, header: req.headers.get('x-casso-signature'), body }),
    adapt: fromCasso,
    ok: (detail) => ({ success: true, ...detail }),
    onSale: (workflowId) => expireInRouteHandler(saleRecorded(workflowId)),
  });
}
