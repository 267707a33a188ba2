import type { Page } from '@playwright/test';

/**
 * Holds the page's scripts (Next's chunks) until the returned function is called: the server's HTML is on
 * screen and can be typed into, as on a slow phone or a busy server, before the page hydrates. Load the
 * page with `waitUntil: 'domcontentloaded'` (its `load` waits for the held scripts).
 */
export async function holdScripts(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/**/*.js', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
