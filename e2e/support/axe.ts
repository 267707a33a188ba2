import axe, { type AxeResults } from 'axe-core';
import { expect, type Locator } from '@playwright/test';

/**
 * Runs axe-core (WCAG 2 A and AA rules, colour contrast included) on the element `scope` points at and
 * expects no violation. axe is evaluated through the browser's devtools protocol, which the page's CSP
 * does not govern, so the page itself stays unchanged. Needs JavaScript on in the context.
 */
export async function expectNoAxeViolations(scope: Locator) {
  await scope.page().evaluate(axe.source);
  const result: AxeResults = await scope.evaluate((element) =>
    (window as unknown as { axe: typeof axe }).axe.run(element, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] },
    }),
  );
  expect(
    result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`),
  ).toEqual([]);
}
