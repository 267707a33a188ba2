/**
 * What the process must finish or close before it exits (scripts/serve.ts on SIGTERM/SIGINT): first the
 * `work` hooks (the maintenance timer stops and waits for a chore in progress), then the `database`
 * hooks (the pools close). The list lives on globalThis under a registered symbol because the server
 * wrapper and the code Next bundles each load their own copy of this module.
 */
export type ShutdownPhase = 'work' | 'database';
type Hook = () => Promise<void> | void;

const PHASES: readonly ShutdownPhase[] = ['work', 'database'];
const KEY = Symbol.for('usitech.shutdown-hooks');

function hooks(): Map<ShutdownPhase, Set<Hook>> {
  const holder = globalThis as typeof globalThis & { [KEY]?: Map<ShutdownPhase, Set<Hook>> };
  holder[KEY] ??= new Map(PHASES.map((phase) => [phase, new Set<Hook>()]));
  return holder[KEY];
}

/** Adds `hook` to `phase`; answers a function that removes it again. */
export function onShutdown(phase: ShutdownPhase, hook: Hook): () => void {
  hooks().get(phase)!.add(hook);
  return () => void hooks().get(phase)!.delete(hook);
}

/**
 * Runs every hook, phase by phase (the hooks of one phase at once), once: a hook that fails is logged
 * and the rest still run.
 */
export async function runShutdownHooks(log: (message: string, error: unknown) => void = console.error): Promise<void> {
  for (const phase of PHASES) {
    const phaseHooks = [...hooks().get(phase)!];
    hooks().get(phase)!.clear();
    const results = await Promise.allSettled(phaseHooks.map(async (hook) => hook()));
    for (const result of results) {
      if (result.status === 'rejected') log(`[shutdown] a ${phase} hook failed:`, result.reason);
    }
  }
}
