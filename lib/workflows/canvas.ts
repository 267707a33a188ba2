import { parseWorkflow } from './n8n-json';
import { nodeTypeInfo } from './node-types';

/**
 * A preview of a workflow's canvas, laid out from the nodes' own positions and connections. It carries
 * names, kinds and geometry only: no parameter, credential or id of the export reaches it.
 */
export type CanvasNode = {
  key: string;
  label: string;
  /** What the node is: its app, or "Trigger" / "Step" / "AI" for core nodes. */
  caption: string;
  kind: 'trigger' | 'step' | 'sub' | 'community';
  x: number;
  y: number;
  width: number;
  height: number;
};
export type CanvasEdge = { key: string; path: string; kind: 'main' | 'sub' };
export type Canvas = { width: number; height: number; nodes: CanvasNode[]; edges: CanvasEdge[] };

export const NODE_W = 150;
export const NODE_H = 56;
export const SUB_W = 130;
const PAD = 24;
const MAX_LABEL = 20;

function shorten(label: string): string {
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label;
}

const round = (n: number) => Math.round(n * 10) / 10;

export function layoutCanvas(json: unknown): Canvas {
  const { nodes, links } = parseWorkflow(json);
  if (nodes.length === 0) return { width: 0, height: 0, nodes: [], edges: [] };
  // A node that feeds another through an ai_* connection is a sub-node (model, memory, tool).
  const subNodes = new Set(links.filter((l) => l.type !== 'main').map((l) => l.from));
  const minX = Math.min(...nodes.map((n) => n.position[0]));
  const minY = Math.min(...nodes.map((n) => n.position[1]));
  const placed = new Map<string, CanvasNode>();
  nodes.forEach((n, i) => {
    const info = nodeTypeInfo(n.type);
    const sub = subNodes.has(n.name);
    const width = sub ? SUB_W : NODE_W;
    const kind: CanvasNode['kind'] = !info.builtIn
      ? 'community'
      : sub
        ? 'sub'
        : info.isTrigger || n.type === 'n8n-nodes-base.webhook'
          ? 'trigger'
          : 'step';
    placed.set(n.name, {
      key: `n${i}`,
      label: shorten(n.name),
      caption: info.app ?? (kind === 'trigger' ? 'Trigger' : info.packageName.includes('langchain') ? 'AI' : 'Step'),
      kind,
      x: n.position[0] - minX + PAD,
      y: n.position[1] - minY + PAD,
      width,
      height: NODE_H,
    });
  });
  const edges: CanvasEdge[] = [];
  links.forEach((l, i) => {
    const a = placed.get(l.from);
    const b = placed.get(l.to);
    if (!a || !b) return;
    if (l.type === 'main') {
      const sx = a.x + a.width;
      const sy = a.y + a.height / 2;
      const tx = b.x;
      const ty = b.y + b.height / 2;
      const dx = Math.max(40, Math.abs(tx - sx) / 2);
      edges.push({
        key: `e${i}`,
        kind: 'main',
        path: `M${round(sx)} ${round(sy)} C${round(sx + dx)} ${round(sy)} ${round(tx - dx)} ${round(ty)} ${round(tx)} ${round(ty)}`,
      });
    } else {
      // Sub-nodes hang below the node they serve: from its bottom edge to their top.
      const sx = b.x + b.width / 2;
      const sy = b.y + b.height;
      const tx = a.x + a.width / 2;
      const ty = a.y;
      const dy = Math.max(30, Math.abs(ty - sy) / 2);
      edges.push({
        key: `e${i}`,
        kind: 'sub',
        path: `M${round(sx)} ${round(sy)} C${round(sx)} ${round(sy + dy)} ${round(tx)} ${round(ty - dy)} ${round(tx)} ${round(ty)}`,
      });
    }
  });
  const all = [...placed.values()];
  return {
    width: Math.max(...all.map((n) => n.x + n.width)) + PAD,
    height: Math.max(...all.map((n) => n.y + n.height)) + PAD,
    nodes: all,
    edges,
  };
}
