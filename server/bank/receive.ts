import 'server-only';
import { recordIncomingTransfer } from '@/db/queries/bank/record-transfer';
import { kickMailDelivery } from '@/server/mail';
import type { AdapterResult } from '@/lib/bank/adapters';
import { cleanDeep } from '@/lib/validations/text';
import type { SignatureCheck } from '@/lib/bank/signatures';

const MAX_BODY_BYTES = 64 * 1024;

type Receiver = {
  /** The endpoint's secret; undefined = the endpoint is off (404). */
  secret: string | undefined;
  verify: (secret: string, request: Request, rawBody: string, body: unknown) => SignatureCheck;
  adapt: (body: unknown) => AdapterResult;
  /** The success body the provider expects. */
  ok?: (detail: Record<string, unknown>) => Record<string, unknown>;
  /**
   * Called after the transaction that approved a purchase committed, with the workflow sold: the route
   * handler expires the cached pages that show its sales count (server/cache/invalidate.ts `saleRecorded`).
   * If it throws, the error is logged and the bank still gets its 2xx: the payment is recorded, and a
   * refused notification would be retried forever.
   */
  onSale: (workflowId: string) => void;
};

const json = (status: number, body: Record<string, unknown>) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });

/**
 * One path for every bank-notification webhook: off when unconfigured (404), unauthenticated → 401
 * and nothing written, malformed → 400, then record-and-match once (repeats answer 2xx, change nothing).
 * Text Postgres cannot store (NUL, unpaired surrogates) is removed, never a reason to refuse.
 */
export async function receiveBankWebhook(request: Request, receiver: Receiver): Promise<Response> {
  if (!receiver.secret) return json(404, { error: 'Not found' });
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > MAX_BODY_BYTES) return json(413, { error: 'Body too large' });
  const rawBody = await request.text();
  if (rawBody.length > MAX_BODY_BYTES) return json(413, { error: 'Body too large' });
  let body: unknown = null;
  try {
    body = JSON.parse(rawBody);
  } catch {
    body = undefined;
  }
  const check = receiver.verify(receiver.secret, request, rawBody, body);
  if (!check.ok) return json(401, { error: 'Unauthorized' });
  if (body === undefined) return json(400, { error: 'The body is not JSON' });
  // The signature covers the bytes as sent; what is stored loses NUL and broken characters, which
  // Postgres refuses (a refused notification would be retried by the bank forever).
  body = cleanDeep(body);
  const adapted = receiver.adapt(body);
  const ok = receiver.ok ?? ((detail) => ({ status: 'ok', ...detail }));
  if (adapted.kind === 'invalid') return json(400, { error: 'Invalid transfer', detail: adapted.message });
  if (adapted.kind === 'ignored') return json(200, ok({ result: 'ignored', reason: adapted.reason }));
  const outcome = await recordIncomingTransfer(adapted.transfer, body as Record<string, unknown>);
  if (outcome.outcome === 'matched') {
    kickMailDelivery(); // the receipt, queued with the approval
    try {
      receiver.onSale(outcome.workflowId);
    } catch (error) {
      console.error('[bank webhook] the payment is recorded, but the cached pages could not be expired:', error);
    }
  }
  return json(200, ok({ result: outcome.outcome, ...('reason' in outcome ? { reason: outcome.reason } : {}) }));
}
