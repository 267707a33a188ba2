import { parseWorkflow } from './n8n-json';
import { nodeTypeInfo } from './node-types';

/**
 * A preview of a workflow's canvas, laid out from the nodes' own positions and connections. It carries
 * names, kinds and geometry only: no parameter, credential or id of the export reaches it.
 */
export type CanvasNode = {
  key: string;
  /** The node's whole name, for hover, focus and assistive tech. */
  label: string;
  /** What fits in the box: the name, cut with "…" past MAX_LABEL characters. */
  shortLabel: string;
  /** What the node is: its app, or "Trigger" / "Step" / "AI" for core nodes. */
  caption: string;
  kind: 'trigger' | 'step' | 'sub' | 'community';
  x: number;
  y: number;
  width: number;
  height: number;
};
export type CanvasEdge = { key: string; path: string; kind: 'main' | 'sub' };
/**
 * `x`, `y`, `width`, `height`: the box that holds every node and every edge (curves included) with a margin,
 * the SVG's viewBox that fits the whole graph.
 */
export type Canvas = { x: number; y: number; width: number; height: number; nodes: CanvasNode[]; edges: CanvasEdge[] };

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
  if (nodes.length === 0) return { x: 0, y: 0, width: 0, height: 0, nodes: [], edges: [] };
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
      label: n.name,
      shortLabel: shorten(n.name),
      caption: info.app ?? (kind === 'trigger' ? 'Trigger' : info.packageName.includes('langchain') ? 'AI' : 'Step'),
      kind,
      x: n.position[0] - minX + PAD,
      y: n.position[1] - minY + PAD,
      width,
      height: NODE_H,
    });
  });
  const edges: CanvasEdge[] = [];
  // Every point an edge's curve is drawn from: a cubic Bézier stays inside the hull of its four points.
  const curvePoints: [number, number][] = [];
  const curve = (points: [number, number][]) => {
    curvePoints.push(...points);
    const [start, ...rest] = points.map(([x, y]) => `${round(x)} ${round(y)}`);
    return `M${start} C${rest.join(' ')}`;
  };
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
        path: curve([
          [sx, sy],
          [sx + dx, sy],
          [tx - dx, ty],
          [tx, ty],
        ]),
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
        path: curve([
          [sx, sy],
          [sx, sy + dy],
          [tx, ty - dy],
          [tx, ty],
        ]),
      });
    }
  });
  const all = [...placed.values()];
  const xs = [...all.flatMap((n) => [n.x, n.x + n.width]), ...curvePoints.map(([x]) => x)];
  const ys = [...all.flatMap((n) => [n.y, n.y + n.height]), ...curvePoints.map(([, y]) => y)];
  const x = Math.min(...xs) - PAD;
  const y = Math.min(...ys) - PAD;
  return {
    x: round(x),
    y: round(y),
    width: round(Math.max(...xs) + PAD - x),
    height: round(Math.max(...ys) + PAD - y),
    nodes: all,
    edges,
  };
}
