import { describe, expect, it } from 'vitest';
import { diffReleases, isEmptyDiff } from '@/lib/workflows/diff';
import { agentWorkflow, SECRET } from './fixtures';

const node = (id: string, name: string, type: string, extra: Record<string, unknown> = {}) => ({
  id,
  name,
  type,
  typeVersion: 1,
  position: [0, 0],
  parameters: { url: `https://example.com/${SECRET}` },
  ...extra,
});
const link = (to: string) => ({ main: [[{ node: to, type: 'main', index: 0 }]] });

const v1 = {
  nodes: [
    node('a', 'Webhook', 'n8n-nodes-base.webhook'),
    node('b', 'Fetch order', 'n8n-nodes-base.httpRequest', { typeVersion: 3 }),
    node('c', 'Notify', 'n8n-nodes-base.slack', { credentials: { slackApi: { id: '9', name: SECRET } } }),
    node('d', 'Old step', 'n8n-nodes-base.set'),
    node('n', 'Note', 'n8n-nodes-base.stickyNote'),
  ],
  connections: { Webhook: link('Fetch order'), 'Fetch order': link('Notify'), Notify: link('Old step') },
};

describe('diffReleases', () => {
  it('finds nothing between a release and itself', () => {
    expect(isEmptyDiff(diffReleases(v1, structuredClone(v1)))).toBe(true);
    expect(isEmptyDiff(diffReleases(agentWorkflow, agentWorkflow))).toBe(true);
  });

  it('tells added, removed, renamed, retyped and re-versioned nodes, new credentials and connections', () => {
    const v2 = {
      nodes: [
        node('a', 'Webhook', 'n8n-nodes-base.webhook'),
        node('b', 'Fetch the order', 'n8n-nodes-base.httpRequest', { typeVersion: 4.2 }),
        node('c', 'Notify', 'n8n-nodes-base.telegram', { credentials: { telegramApi: { id: '1', name: SECRET } } }),
        node('e', 'Log to sheet', 'n8n-nodes-base.googleSheets', {
          credentials: { googleSheetsOAuth2Api: { id: '2', name: 'x' } },
        }),
      ],
      connections: {
        Webhook: link('Fetch the order'),
        'Fetch the order': link('Notify'),
        Notify: link('Log to sheet'),
      },
    };
    const d = diffReleases(v1, v2);
    expect(d.added).toEqual([{ name: 'Log to sheet', type: 'n8n-nodes-base.googleSheets' }]);
    expect(d.removed).toEqual([{ name: 'Old step', type: 'n8n-nodes-base.set' }]);
    expect(d.renamed).toEqual([{ from: 'Fetch order', to: 'Fetch the order', type: 'n8n-nodes-base.httpRequest' }]);
    expect(d.typeChanged).toEqual([
      { name: 'Notify', fromType: 'n8n-nodes-base.slack', toType: 'n8n-nodes-base.telegram' },
    ]);
    expect(d.versionChanged).toEqual([
      { name: 'Fetch the order', type: 'n8n-nodes-base.httpRequest', from: 3, to: 4.2 },
    ]);
    expect(d.newCredentials).toEqual([
      { type: 'telegramApi', nodes: ['Notify'] },
      { type: 'googleSheetsOAuth2Api', nodes: ['Log to sheet'] },
    ]);
    // The rename alone changes no connection; the rewired last step does.
    expect(d.connectionsAdded).toEqual([{ from: 'Notify', to: 'Log to sheet' }]);
    expect(d.connectionsRemoved).toEqual([{ from: 'Notify', to: 'Old step' }]);
  });

  it('pairs nodes by name when the export has no ids, and a credential kept is not new', () => {
    const strip = (w: typeof v1) => ({ ...w, nodes: w.nodes.map(({ id: _id, ...n }) => n) });
    const v2 = structuredClone(v1);
    v2.nodes[1]!.typeVersion = 4;
    const d = diffReleases(strip(v1), strip(v2));
    expect(d.versionChanged).toEqual([{ name: 'Fetch order', type: 'n8n-nodes-base.httpRequest', from: 3, to: 4 }]);
    expect(d.newCredentials).toEqual([]);
    expect(d.added).toEqual([]);
    expect(d.renamed).toEqual([]);
  });

  it('sees a new node under an old name (another id) as removed and added', () => {
    const v2 = structuredClone(v1);
    v2.nodes[3] = node('z', 'Old step', 'n8n-nodes-base.set');
    const d = diffReleases(v1, v2);
    expect(d.added).toEqual([{ name: 'Old step', type: 'n8n-nodes-base.set' }]);
    expect(d.removed).toEqual([{ name: 'Old step', type: 'n8n-nodes-base.set' }]);
  });

  it('ignores sticky notes and reads anything that is not an export as empty', () => {
    const v2 = { ...v1, nodes: v1.nodes.filter((n) => n.name !== 'Note') };
    expect(isEmptyDiff(diffReleases(v1, v2))).toBe(true);
    expect(diffReleases(null, v1).added).toHaveLength(4);
    expect(diffReleases(v1, 'nope').removed).toHaveLength(4);
  });

  it('never carries a parameter value or a credential name', () => {
    const v2 = {
      nodes: [node('x', 'New', 'n8n-nodes-base.slack', { credentials: { slackApi: { name: SECRET } } })],
      connections: {},
    };
    expect(JSON.stringify([diffReleases(v1, v2), diffReleases(v2, v1), diffReleases(agentWorkflow, v1)])).not.toContain(
      SECRET,
    );
  });
});
