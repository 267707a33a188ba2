import { expect, it } from 'vitest';
import { z } from 'zod';

/**
 * instrumentation-client.ts turns zod's compiler off in the browser by writing into zod's global
 * configuration without importing zod (so zod stays out of pages without a form). This holds the
 * installed zod to it: the setting is what `z.config()` reads (a zod that named its global otherwise
 * would fail here, and the e2e CSP watcher would report the eval probe on every form page).
 */
it('instrumentation-client makes zod parse jitless', async () => {
  z.config({ jitless: false });
  expect(z.config().jitless).toBe(false);
  await import('../../instrumentation-client');
  expect(z.config().jitless).toBe(true);
});
