import { describe, expect, it } from 'vitest';
import { layoutCanvas, NODE_H, NODE_W, SUB_W } from '@/lib/workflows/canvas';
import { agentWorkflow, SECRET } from './fixtures';

describe('layoutCanvas', () => {
  const canvas = layoutCanvas(agentWorkflow);

  it('places the nodes at their own positions, shifted to the origin', () => {
    // The highest node (Send Slack message, y 200) and the leftmost (x 0) land at the padding, 24.
    expect(canvas.nodes.map((n) => [n.label, n.kind, n.x, n.y])).toEqual([
      ['Telegram Trigger', 'trigger', 24, 124],
      ['AI Agent', 'step', 244, 124],
      ['OpenAI Chat Model', 'sub', 164, 344],
      ['Reply on Zalo', 'community', 464, 124],
      ['Send Slack message', 'step', 684, 24],
      ['Also to Slack', 'step', 684, 224],
    ]);
  });

  it('draws main connections left to right and sub-node links as their own kind', () => {
    expect(canvas.edges.map((e) => e.kind).sort()).toEqual(['main', 'main', 'main', 'main', 'sub']);
    const first = canvas.edges.find((e) => e.kind === 'main');
    expect(first?.path).toMatch(new RegExp(`^M${24 + NODE_W} ${124 + 28} C`));
    expect(canvas.nodes.find((n) => n.kind === 'sub')?.width).toBe(SUB_W);
    expect(canvas.width).toBe(684 + NODE_W + 24);
  });

  it('keeps the whole name for hover, focus and assistive tech, and cuts only what the box shows', () => {
    const long = layoutCanvas(chain(2, (i) => (i === 0 ? 'Create or update a contact in HubSpot CRM' : `Step ${i}`)));
    expect(long.nodes.map((n) => [n.label, n.shortLabel])).toEqual([
      ['Create or update a contact in HubSpot CRM', 'Create or update a …'],
      ['Step 1', 'Step 1'],
    ]);
  });

  it('never carries a parameter or credential of the export', () => {
    const text = JSON.stringify(canvas);
    for (const secret of [SECRET, 'CRED123', 'My private bot', 'OpenAI prod', 'telegramApi'])
      expect(text).not.toContain(secret);
  });

  it('draws nothing for an empty or broken export', () => {
    expect(layoutCanvas({})).toEqual({ x: 0, y: 0, width: 0, height: 0, nodes: [], edges: [] });
  });
});

type Point = [number, number];
const node = (name: string, position: Point, type = 'n8n-nodes-base.set') => ({
  name,
  type,
  typeVersion: 1,
  position,
  parameters: {},
});
const main = (to: string) => ({ main: [[{ node: to, type: 'main', index: 0 }]] });

/** `count` nodes in a row, n8n's 220 apart, each wired to the next. */
function chain(count: number, name = (i: number) => `Step ${i}`, at = (i: number): Point => [i * 220, 300]) {
  const nodes = Array.from({ length: count }, (_, i) => node(name(i), at(i)));
  const connections = Object.fromEntries(nodes.slice(0, -1).map((n, i) => [n.name, main(name(i + 1))]));
  return { nodes, connections };
}

/** Every point a path is drawn through (its ends and its curves' control points). */
const pathPoints = (path: string): Point[] =>
  [...path.matchAll(/(-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);

/** Every node box and every edge lies inside the canvas's box, at least the 24-unit margin from its edge. */
function expectAllInside(json: unknown) {
  const c = layoutCanvas(json);
  const inside = ([x, y]: Point) =>
    x >= c.x + 24 && x <= c.x + c.width - 24 && y >= c.y + 24 && y <= c.y + c.height - 24;
  for (const n of c.nodes) {
    expect(inside([n.x, n.y]), `${n.label} top left`).toBe(true);
    expect(inside([n.x + n.width, n.y + n.height]), `${n.label} bottom right`).toBe(true);
  }
  for (const e of c.edges) for (const p of pathPoints(e.path)) expect(inside(p), `${e.key} ${p.join(',')}`).toBe(true);
  return c;
}

describe('layoutCanvas bounds: the viewBox that fits the whole graph', () => {
  it('fits a long row of nodes (the 8th, the 30th), not only the first few', () => {
    for (const count of [1, 8, 30]) {
      const c = expectAllInside(chain(count));
      expect([c.x, c.y, c.width, c.height]).toEqual([0, 0, (count - 1) * 220 + NODE_W + 48, NODE_H + 48]);
    }
  });

  it('fits a tall graph and one at negative positions', () => {
    const tall = expectAllInside(chain(6, undefined, (i): Point => [-500, -900 + i * 400]));
    expect(tall.height).toBeGreaterThan(tall.width * 5);
    expect(tall.nodes.at(-1)?.y).toBe(24 + 5 * 400);
  });

  it('fits branches, sub-nodes and a loop wired back to an earlier node (its curve bulges outside the nodes)', () => {
    const loop = {
      nodes: [
        node('Trigger', [0, 0], 'n8n-nodes-base.manualTrigger'),
        node('Check', [220, 0], 'n8n-nodes-base.if'),
        node('Yes', [440, -160]),
        node('No', [440, 160]),
        node('Again', [660, 160]),
        node('Model', [220, 260], '@n8n/n8n-nodes-langchain.lmChatOpenAi'),
      ],
      connections: {
        Trigger: main('Check'),
        Check: { main: [[{ node: 'Yes', type: 'main', index: 0 }], [{ node: 'No', type: 'main', index: 0 }]] },
        No: main('Again'),
        // Back from the rightmost node to the first: the curve's control points lie left of and right of all nodes.
        Again: main('Trigger'),
        Model: { ai_languageModel: [[{ node: 'Check', type: 'ai_languageModel', index: 0 }]] },
      },
    };
    const c = expectAllInside(loop);
    const nodesRight = Math.max(...c.nodes.map((n) => n.x + n.width));
    const nodesLeft = Math.min(...c.nodes.map((n) => n.x));
    // Wider than the nodes alone: the loop's curve needs room on both sides.
    expect(c.x + c.width).toBeGreaterThan(nodesRight + 24);
    expect(c.x).toBeLessThan(nodesLeft - 24);
    expect(c.nodes.find((n) => n.label === 'Model')?.kind).toBe('sub');
  });
});
