import { fromUsitech } from '@/lib/bank/adapters';
import { receiveBankWebhook } from '@/server/bank/receive';
import { expireInRouteHandler, saleRecorded } from '@/server/cache/invalidate';
import { verifyUsitech } from '@/lib/bank/signatures';
import { env } from '@/lib/env';

/** Our own signed format (README: "Bank-transfer webhooks"). */
export async function POST(request: Request) {
  return receiveBankWebhook(request, {
    secret: env().PAYMENT_WEBHOOK_SECRET,
    verify: (secret, req, rawBody) =>
      verifyUsitech({
        secret,
        rawBody,
        timestamp: req.headers.get('x-usitech-timestamp'),
        signature: req.headers.get('x-usitech-signature'),
      }),
    adapt: fromUsitech,
    onSale: (workflowId) => expireInRouteHandler(saleRecorded(workflowId)),
  });
}
