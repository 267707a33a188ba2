/**
 * A lenient reader of an n8n workflow export: it keeps only what the analysis and the canvas need
 * (node names, types, versions, positions, credential *types*, connections) and never parameters or
 * credential ids/names, so nothing secret can leak through what it returns.
 */
export type WorkflowNode = {
  name: string;
  type: string;
  typeVersion: number;
  position: [number, number];
  /** Credential types the node uses (`slackApi`), not the credential records. */
  credentialTypes: string[];
  disabled: boolean;
};

export type WorkflowLink = { from: string; to: string; type: string; output: number };

export type ParsedWorkflow = { nodes: WorkflowNode[]; links: WorkflowLink[]; executionOrder: string | null };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const finite = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);

/** Sticky notes are canvas comments, not steps. */
const NOTE_TYPE = 'n8n-nodes-base.stickyNote';

export function parseWorkflow(json: unknown): ParsedWorkflow {
  const root = isRecord(json) ? json : {};
  const rawNodes = Array.isArray(root.nodes) ? root.nodes : [];
  const nodes: WorkflowNode[] = [];
  const seen = new Set<string>();
  for (const raw of rawNodes) {
    if (!isRecord(raw) || typeof raw.type !== 'string' || typeof raw.name !== 'string') continue;
    if (raw.type === NOTE_TYPE || seen.has(raw.name)) continue;
    seen.add(raw.name);
    const pos = Array.isArray(raw.position) ? raw.position : [];
    nodes.push({
      name: raw.name,
      type: raw.type,
      typeVersion: finite(raw.typeVersion, 1),
      position: [finite(pos[0], 0), finite(pos[1], 0)],
      credentialTypes: isRecord(raw.credentials) ? Object.keys(raw.credentials) : [],
      disabled: raw.disabled === true,
    });
  }
  const links: WorkflowLink[] = [];
  const connections = isRecord(root.connections) ? root.connections : {};
  for (const [from, byType] of Object.entries(connections)) {
    if (!seen.has(from) || !isRecord(byType)) continue;
    for (const [type, outputs] of Object.entries(byType)) {
      if (!Array.isArray(outputs)) continue;
      outputs.forEach((targets, output) => {
        if (!Array.isArray(targets)) return;
        for (const t of targets) {
          if (isRecord(t) && typeof t.node === 'string' && seen.has(t.node))
            links.push({ from, to: t.node, type, output });
        }
      });
    }
  }
  const settings = isRecord(root.settings) ? root.settings : {};
  return { nodes, links, executionOrder: typeof settings.executionOrder === 'string' ? settings.executionOrder : null };
}
