import { parseWorkflow, type WorkflowNode } from './n8n-json';

/**
 * What changed between two releases of a workflow, node by node. Built only from what
 * lib/workflows/n8n-json.ts keeps (names, types, versions, credential *types*, connections): never a
 * parameter value or a credential record, so it may be shown to anybody.
 */
export type NodeRef = { name: string; type: string };
export type ReleaseDiff = {
  added: NodeRef[];
  removed: NodeRef[];
  renamed: { from: string; to: string; type: string }[];
  typeChanged: { name: string; fromType: string; toType: string }[];
  versionChanged: { name: string; type: string; from: number; to: number }[];
  /** Credential types the new release needs that the old one did not. */
  newCredentials: { type: string; nodes: string[] }[];
  connectionsAdded: { from: string; to: string }[];
  connectionsRemoved: { from: string; to: string }[];
};

type Keyed = WorkflowNode & { id: string | null };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The parsed nodes with their n8n `id` (the parser drops it; renames are told by it). */
function keyedNodes(json: unknown): { nodes: Keyed[]; links: { from: string; to: string }[] } {
  const parsed = parseWorkflow(json);
  const ids = new Map<string, string>();
  const raw = isRecord(json) && Array.isArray(json.nodes) ? json.nodes : [];
  for (const n of raw) {
    if (isRecord(n) && typeof n.name === 'string' && typeof n.id === 'string' && !ids.has(n.name))
      ids.set(n.name, n.id);
  }
  return {
    nodes: parsed.nodes.map((n) => ({ ...n, id: ids.get(n.name) ?? null })),
    links: parsed.links.map(({ from, to }) => ({ from, to })),
  };
}

const credentialsOf = (nodes: Keyed[]) => {
  const map = new Map<string, string[]>();
  for (const n of nodes) for (const c of n.credentialTypes) map.set(c, [...(map.get(c) ?? []), n.name]);
  return map;
};

export function diffReleases(before: unknown, after: unknown): ReleaseDiff {
  const a = keyedNodes(before);
  const b = keyedNodes(after);
  // Pair the nodes: by id when both have one, else by name.
  const pairs: [Keyed, Keyed][] = [];
  const pairedA = new Set<Keyed>();
  const pairedB = new Set<Keyed>();
  const aById = new Map(a.nodes.filter((n) => n.id).map((n) => [n.id, n]));
  for (const nb of b.nodes) {
    const na = nb.id ? aById.get(nb.id) : undefined;
    if (na && !pairedA.has(na)) {
      pairs.push([na, nb]);
      pairedA.add(na);
      pairedB.add(nb);
    }
  }
  const aByName = new Map(a.nodes.filter((n) => !pairedA.has(n)).map((n) => [n.name, n]));
  for (const nb of b.nodes) {
    if (pairedB.has(nb)) continue;
    const na = aByName.get(nb.name);
    // Two different ids under one name are two different nodes.
    if (na && !pairedA.has(na) && !(na.id && nb.id && na.id !== nb.id)) {
      pairs.push([na, nb]);
      pairedA.add(na);
      pairedB.add(nb);
    }
  }
  const ref = (n: Keyed): NodeRef => ({ name: n.name, type: n.type });
  const diff: ReleaseDiff = {
    added: b.nodes.filter((n) => !pairedB.has(n)).map(ref),
    removed: a.nodes.filter((n) => !pairedA.has(n)).map(ref),
    renamed: [],
    typeChanged: [],
    versionChanged: [],
    newCredentials: [],
    connectionsAdded: [],
    connectionsRemoved: [],
  };
  // Connections compare under the new names, so a rename alone changes no connection.
  const newName = new Map<string, string>();
  for (const [na, nb] of pairs) {
    newName.set(na.name, nb.name);
    if (na.name !== nb.name) diff.renamed.push({ from: na.name, to: nb.name, type: nb.type });
    if (na.type !== nb.type) diff.typeChanged.push({ name: nb.name, fromType: na.type, toType: nb.type });
    else if (na.typeVersion !== nb.typeVersion) {
      diff.versionChanged.push({ name: nb.name, type: nb.type, from: na.typeVersion, to: nb.typeVersion });
    }
  }
  const had = credentialsOf(a.nodes);
  for (const [type, nodes] of credentialsOf(b.nodes)) {
    if (!had.has(type)) diff.newCredentials.push({ type, nodes });
  }
  const key = (l: { from: string; to: string }) => `${l.from}\u0000${l.to}`;
  const oldLinks = new Map(
    a.links.map((l) => {
      const mapped = { from: newName.get(l.from) ?? l.from, to: newName.get(l.to) ?? l.to };
      return [key(mapped), mapped];
    }),
  );
  const newLinks = new Map(b.links.map((l) => [key(l), l]));
  for (const [k, l] of newLinks) if (!oldLinks.has(k)) diff.connectionsAdded.push(l);
  for (const [k, l] of oldLinks) if (!newLinks.has(k)) diff.connectionsRemoved.push(l);
  return diff;
}

export const isEmptyDiff = (d: ReleaseDiff): boolean => Object.values(d).every((list) => list.length === 0);
