import { runMaintenance } from '@/db/queries/maintenance';
import { onShutdown } from '@/lib/shutdown';
import { deliverPendingMail, mailDeliveryIdle, warnIfMailUndeliverable } from '@/server/mail';

const EVERY_MS = 5 * 60_000;
const MAIL_EVERY_MS = 60_000;

/**
 * Runs the periodic chores in this server process every 5 minutes (first run one minute after start;
 * every instance runs the timer, an advisory lock per chore lets one of them do each chore at a time),
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
  // What runs now, so that a graceful stop waits for it (a chore's transaction commits or rolls back
  // before the pools close).
  const inProgress = new Set<Promise<void>>();
  const track = (work: () => Promise<void>) => () => {
    const p = work().finally(() => inProgress.delete(p));
    inProgress.add(p);
  };
  const timers = [
    setTimeout(track(run), 60_000),
    setInterval(track(run), EVERY_MS),
    setTimeout(track(deliver), 5_000),
    setInterval(track(deliver), MAIL_EVERY_MS),
  ];
  for (const timer of timers) timer.unref();
  onShutdown('work', async () => {
    for (const timer of timers) clearTimeout(timer);
    await Promise.all([...inProgress, mailDeliveryIdle()]);
  });
}
