/**
 * Runs once when the server starts, before it serves anything: a bad configuration stops the server
 * with a message that names it, even when `next start` is run directly; then the periodic chores
 * (payment-window warnings, expiry sweep) are scheduled in this process.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { checkStartup } = await import('./lib/startup-check');
    checkStartup();
    const { startMaintenanceTimer } = await import('./server/maintenance-timer');
    startMaintenanceTimer();
  }
}
