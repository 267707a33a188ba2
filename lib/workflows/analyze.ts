import { parseWorkflow, type ParsedWorkflow } from './n8n-json';
import { credentialLabel, nodeTypeInfo } from './node-types';

/**
 * The lowest n8n release known to run a node type at a type version, where we know it. Extend with
 * care: an entry must come from n8n's release notes. `executionOrder: v1` (below) means n8n 1.0+.
 */
const MIN_N8N_BY_NODE: Record<string, readonly (readonly [number, string])[]> = {
  '@n8n/n8n-nodes-langchain.*': [[1, '1.19.0']],
};

export type CredentialNeed = { type: string; label: string; nodes: string[] };
export type CommunityNode = { type: string; packageName: string; nodes: string[] };

/** "Will it run on my n8n?": what a buyer needs before importing, derived from the workflow JSON. */
export type WorkflowAnalysis = {
  nodeCount: number;
  triggerCount: number;
  apps: string[];
  credentials: CredentialNeed[];
  communityNodes: CommunityNode[];
  /** The lowest n8n version the nodes need, where their versions tell; null when nothing tells. */
  minN8nVersion: string | null;
};

/** `1.19.0` vs `1.2.3`, numerically. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function minimumVersion(parsed: ParsedWorkflow): string | null {
  let best: string | null = parsed.executionOrder === 'v1' ? '1.0.0' : null;
  for (const node of parsed.nodes) {
    const { packageName } = nodeTypeInfo(node.type);
    const rules = MIN_N8N_BY_NODE[node.type] ?? MIN_N8N_BY_NODE[`${packageName}.*`] ?? [];
    for (const [typeVersion, n8n] of rules) {
      if (node.typeVersion >= typeVersion && (!best || compareVersions(n8n, best) > 0)) best = n8n;
    }
  }
  return best;
}

function group<T extends { nodes: string[] }>(map: Map<string, T>, key: string, make: () => T, node: string) {
  const entry = map.get(key) ?? make();
  if (!entry.nodes.includes(node)) entry.nodes.push(node);
  map.set(key, entry);
}

export function analyzeWorkflow(json: unknown): WorkflowAnalysis {
  const parsed = parseWorkflow(json);
  const apps: string[] = [];
  const credentials = new Map<string, CredentialNeed>();
  const community = new Map<string, CommunityNode>();
  let triggerCount = 0;
  for (const node of parsed.nodes) {
    const info = nodeTypeInfo(node.type);
    if (info.isTrigger || node.type === 'n8n-nodes-base.webhook') triggerCount++;
    if (info.app && !apps.includes(info.app)) apps.push(info.app);
    for (const type of node.credentialTypes) {
      group(credentials, type, () => ({ type, label: credentialLabel(type), nodes: [] }), node.name);
    }
    if (!info.builtIn) {
      group(
        community,
        node.type,
        () => ({ type: node.type, packageName: info.packageName || node.type, nodes: [] }),
        node.name,
      );
    }
  }
  return {
    nodeCount: parsed.nodes.length,
    triggerCount,
    apps,
    credentials: [...credentials.values()],
    communityNodes: [...community.values()],
    minN8nVersion: minimumVersion(parsed),
  };
}
