import { runMaintenance } from '@/db/queries/maintenance';

const EVERY_MS = 5 * 60_000;

/** Runs the periodic chores in this server process every 5 minutes (first run one minute after start). */
export function startMaintenanceTimer(): void {
  const run = async () => {
    try {
      const r = await runMaintenance();
      if (r.warned || r.expired) console.log(`[maintenance] warned ${r.warned}, expired ${r.expired} pending purchase(s)`);
    } catch (error) {
      console.error('[maintenance] failed (will retry):', error);
    }
  };
  setTimeout(run, 60_000).unref();
  setInterval(run, EVERY_MS).unref();
}
