import axe, { type AxeResults, type ImpactValue } from 'axe-core';
import { expect, type Locator } from '@playwright/test';

/**
 * Runs axe-core (WCAG 2 A and AA rules, colour contrast included) on the element `scope` points at and
 * answers its violations, one line each (`rule: help (selectors)`), only those of the given `impacts`
 * when asked. axe is evaluated through the browser's devtools protocol, which the page's CSP does not
 * govern, so the page itself stays unchanged. Needs JavaScript on in the context.
 */
export async function axeViolations(scope: Locator, impacts?: ImpactValue[]): Promise<string[]> {
  const page = scope.page();
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const result: AxeResults = await scope.evaluate((element) =>
    (window as unknown as { axe: typeof axe }).axe.run(element, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] },
      resultTypes: ['violations'],
    }),
  );
  return result.violations
    .filter((v) => !impacts || impacts.includes(v.impact ?? 'minor'))
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
}

/** axeViolations(scope), expected to be none. */
export async function expectNoAxeViolations(scope: Locator) {
  expect(await axeViolations(scope)).toEqual([]);
}
