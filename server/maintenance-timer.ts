import { runMaintenance } from '@/db/queries/maintenance';
import { deliverPendingMail, warnIfMailUndeliverable } from '@/server/mail';

const EVERY_MS = 5 * 60_000;
const MAIL_EVERY_MS = 60_000;

/**
 * Runs the periodic chores in this server process every 5 minutes (first run one minute after start),
 * and the mail queue's delivery every minute (retries with backoff; requests that queue mail also kick
 * it at once). Warns at start when mail cannot go out (a real database without SMTP_URL).
 */
export function startMaintenanceTimer(): void {
  const run = async () => {
    try {
      const r = await runMaintenance();
      if (r.warned || r.expired)
        console.log(`[maintenance] warned ${r.warned}, expired ${r.expired} pending purchase(s)`);
      if (r.digests) console.log(`[maintenance] queued ${r.digests} hourly order digest(s) for admins`);
    } catch (error) {
      console.error('[maintenance] failed (will retry):', error);
    }
  };
  const deliver = async () => {
    try {
      const r = await deliverPendingMail();
      if (r.sent || r.failed) console.log(`[mail] delivered ${r.sent}, gave up on ${r.failed} message(s)`);
    } catch (error) {
      console.error('[mail] delivery failed (will retry):', error);
    }
  };
  try {
    warnIfMailUndeliverable();
  } catch (error) {
    console.error('[mail] could not check the mail configuration:', error);
  }
  setTimeout(() => void run(), 60_000).unref();
  setInterval(() => void run(), EVERY_MS).unref();
  setTimeout(() => void deliver(), 5_000).unref();
  setInterval(() => void deliver(), MAIL_EVERY_MS).unref();
}
