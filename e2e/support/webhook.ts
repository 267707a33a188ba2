import { createHmac } from 'node:crypto';

/** The secret playwright.config.ts gives the test server (PAYMENT_WEBHOOK_SECRET). */
const SECRET = process.env.PAYMENT_WEBHOOK_SECRET ?? 'e2e-webhook-secret-0123456789abcdef';

/** A POST body for /api/payments/webhook signed as the bank's relay signs it (timestamp + HMAC-SHA256). */
export function signedWebhook(body: object) {
  const raw = JSON.stringify(body);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = createHmac('sha256', SECRET).update(`${timestamp}.${raw}`).digest('hex');
  return {
    data: raw,
    headers: { 'content-type': 'application/json', 'x-usitech-timestamp': timestamp, 'x-usitech-signature': signature },
  };
}
