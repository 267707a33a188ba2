import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './support/axe';

// The demo shop's largest canvas (the seed is deterministic): 8 nodes, an IF branch and a model sub-node,
// three names longer than a box shows.
const SLUG = 'qualify-inbound-leads-with-an-ai-agent-and-route-in-microsoft-teams';
const NODES: [string, ...string[]] = [
  'On form submission',
  'Normalise data',
  'AI Agent',
  'Create Airtable record',
  'Hot lead?',
  'Post to Teams channel',
  'No Operation, do nothing',
  'OpenAI Chat Model',
];
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

const diagram = (page: Page) => page.getByRole('group', { name: 'Workflow diagram' });
/** The SVG: what of the graph is in view is what lies inside its box. */
const graph = (page: Page) => diagram(page).getByRole('group', { name: /^Canvas of “.+”: 8 nodes$/ });
const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const node = (page: Page, name: string) =>
  diagram(page).getByRole('img', { name: new RegExp(`^${escaped(name)} \\(`) });
/** A node's box (the rectangle drawn for it). */
const nodeBox = async (page: Page, name: string) => (await node(page, name).locator('rect').boundingBox())!;

type Box = { x: number; y: number; width: number; height: number };
const within = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 1 &&
  inner.y >= outer.y - 1 &&
  inner.x + inner.width <= outer.x + outer.width + 1 &&
  inner.y + inner.height <= outer.y + outer.height + 1;

/** The names of the nodes whose box lies wholly inside the SVG's box. */
async function nodesInView(page: Page): Promise<string[]> {
  const view = (await graph(page).boundingBox())!;
  const inView: string[] = [];
  for (const name of NODES) if (within(await nodeBox(page, name), view)) inView.push(name);
  return inView;
}

async function expectWholeGraphInView(page: Page) {
  await expect(node(page, NODES[0])).toBeVisible();
  await expect.poll(() => nodesInView(page)).toEqual(NODES);
  // Readable: the fitted graph is not a speck in a corner, it spans the canvas's width or height.
  const view = (await graph(page).boundingBox())!;
  const first = await nodeBox(page, NODES[0]);
  const last = await nodeBox(page, 'Post to Teams channel');
  expect(last.x + last.width - first.x).toBeGreaterThan(view.width * 0.85);
}

/** The full name shown above a node when its box shows it cut. */
const fullLabel = (page: Page, name: string) => node(page, name).locator('[data-full-label]').filter({ hasText: name });

for (const javaScriptEnabled of [true, false]) {
  for (const viewport of [DESKTOP, PHONE]) {
    test.describe(`at ${viewport.width} px, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
      test.use({ viewport, javaScriptEnabled });

      test('the whole 8-node graph is in view, and a cut name reads in full on hover and focus', async ({ page }) => {
        await page.goto(`/workflows/${SLUG}`);
        await expectWholeGraphInView(page);
        // The box shows "Create Airtable rec…"; its whole name appears on hover, and on keyboard focus.
        await expect(node(page, 'Create Airtable record')).toContainText('Create Airtable rec…');
        await expect(fullLabel(page, 'Create Airtable record')).toBeHidden();
        await node(page, 'Create Airtable record').hover();
        await expect(fullLabel(page, 'Create Airtable record')).toBeVisible();
        await page.mouse.move(0, 0);
        await expect(fullLabel(page, 'Create Airtable record')).toBeHidden();
        await diagram(page).focus();
        // Tab moves through the zoom buttons (when there are) and then the nodes, in order.
        await node(page, NODES[0]).focus();
        for (const name of NODES.slice(1, 4)) {
          await page.keyboard.press('Tab');
          await expect(node(page, name)).toBeFocused();
        }
        await expect(fullLabel(page, 'Create Airtable record')).toBeVisible();
        await expect(fullLabel(page, 'No Operation, do nothing')).toBeHidden();
        // The zoom buttons could do nothing without JavaScript, so they are only there with it.
        await expect(diagram(page).getByRole('button', { name: 'Zoom in' })).toHaveCount(javaScriptEnabled ? 1 : 0);
      });
    });
  }
}

test.describe('zoom and pan', () => {
  test.use({ viewport: DESKTOP });

  test('the buttons zoom in and out and Fit shows the whole graph again', async ({ page }) => {
    await page.goto(`/workflows/${SLUG}`);
    await expectWholeGraphInView(page);
    const before = await nodeBox(page, 'AI Agent');
    await diagram(page).getByRole('button', { name: 'Zoom in' }).click();
    await diagram(page).getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => (await nodeBox(page, 'AI Agent')).width).toBeGreaterThan(before.width * 1.5);
    // Zoomed in around the centre: the ends of the graph are out of view now.
    await expect.poll(() => nodesInView(page)).not.toContain(NODES[0]);
    await diagram(page).getByRole('button', { name: 'Zoom out' }).click();
    const zoomedOut = (await nodeBox(page, 'AI Agent')).width;
    expect(zoomedOut).toBeGreaterThan(before.width * 1.15);
    expect(zoomedOut).toBeLessThan(before.width * 1.35);
    await diagram(page).getByRole('button', { name: 'Fit' }).click();
    await expectWholeGraphInView(page);
    await expectNoAxeViolations(diagram(page));
  });

  test('with the canvas focused: + zooms, the arrow keys pan, − zooms out and 0 fits', async ({ page }) => {
    await page.goto(`/workflows/${SLUG}`);
    await expectWholeGraphInView(page);
    const fitted = await nodeBox(page, NODES[0]);
    await diagram(page).focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('+');
    await expect.poll(async () => (await nodeBox(page, NODES[0])).width).toBeGreaterThan(fitted.width * 1.9);
    await expect.poll(() => nodesInView(page)).not.toContain(NODES[0]);
    // The first node is left of the view: panning left brings it in, panning right takes it further away.
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowLeft');
    await expect.poll(() => nodesInView(page)).toContain(NODES[0]);
    await expect.poll(() => nodesInView(page)).not.toContain('Post to Teams channel');
    const left = await nodeBox(page, NODES[0]);
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await nodeBox(page, NODES[0])).x).toBeLessThan(left.x - 20);
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await nodeBox(page, NODES[0])).y).toBeLessThan(left.y - 5);
    await page.keyboard.press('-');
    await expect.poll(async () => (await nodeBox(page, NODES[0])).width).toBeLessThan(left.width * 0.9);
    await page.keyboard.press('0');
    await expectWholeGraphInView(page);
  });

  test('dragging moves the graph, ctrl + wheel zooms where the pointer is', async ({ page }) => {
    await page.goto(`/workflows/${SLUG}`);
    await expectWholeGraphInView(page);
    await diagram(page).getByRole('button', { name: 'Zoom in' }).click();
    const view = (await graph(page).boundingBox())!;
    const before = await nodeBox(page, 'Hot lead?');
    await page.mouse.move(view.x + view.width / 2, view.y + view.height / 2);
    await page.mouse.down();
    await page.mouse.move(view.x + view.width / 2 - 150, view.y + view.height / 2 + 40, { steps: 5 });
    await page.mouse.up();
    const dragged = await nodeBox(page, 'Hot lead?');
    expect(dragged.x).toBeCloseTo(before.x - 150, -1);
    expect(dragged.y).toBeCloseTo(before.y + 40, -1);

    // Zoom with ctrl + wheel over "Hot lead?": it grows and stays under the pointer.
    const at = { x: dragged.x + dragged.width / 2, y: dragged.y + dragged.height / 2 };
    await page.mouse.move(at.x, at.y);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -200);
    await page.keyboard.up('Control');
    await expect.poll(async () => (await nodeBox(page, 'Hot lead?')).width).toBeGreaterThan(dragged.width * 1.3);
    const zoomed = await nodeBox(page, 'Hot lead?');
    expect(Math.abs(zoomed.x + zoomed.width / 2 - at.x)).toBeLessThan(3);
    expect(Math.abs(zoomed.y + zoomed.height / 2 - at.y)).toBeLessThan(3);
  });
});
