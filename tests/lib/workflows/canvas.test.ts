import { describe, expect, it } from 'vitest';
import { layoutCanvas, NODE_W, SUB_W } from '@/lib/workflows/canvas';
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

  it('never carries a parameter or credential of the export', () => {
    const text = JSON.stringify(canvas);
    for (const secret of [SECRET, 'CRED123', 'My private bot', 'OpenAI prod', 'telegramApi'])
      expect(text).not.toContain(secret);
  });

  it('draws nothing for an empty or broken export', () => {
    expect(layoutCanvas({})).toEqual({ width: 0, height: 0, nodes: [], edges: [] });
  });
});
