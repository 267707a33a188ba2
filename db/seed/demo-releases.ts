/**
 * The demo catalogue's releases (issue 17): every workflow has 1.0.0; the oldest few have a history of
 * two or three releases whose earlier JSON is derived from today's (a step the later release added, an
 * older node version), with a changelog saying so. The latest release's JSON is the workflow's definition.
 */
import type { Executor } from '../client';
import { workflowReleases } from '../schema';
import { releaseFacts } from '../../lib/workflows/release-facts';
import type { N8nWorkflow } from './n8n';

type Seeded = { id: string; createdAt: Date; definition: N8nWorkflow };

const DAY = 86_400_000;

/** The workflow without its last step (and the connections to and from it). */
function withoutLastStep(w: N8nWorkflow): N8nWorkflow {
  const last = w.nodes.at(-1);
  if (!last || w.nodes.length < 3) return w;
  const connections: N8nWorkflow['connections'] = {};
  for (const [from, byType] of Object.entries(w.connections)) {
    if (from === last.name) continue;
    connections[from] = Object.fromEntries(
      Object.entries(byType).map(([type, outputs]) => [
        type,
        outputs.map((o) => o.filter((c) => c.node !== last.name)),
      ]),
    );
  }
  return { ...w, nodes: w.nodes.slice(0, -1), connections };
}

/** The workflow with its second step on an older node version. */
function olderSecondStep(w: N8nWorkflow): N8nWorkflow {
  return {
    ...w,
    nodes: w.nodes.map((n, i) =>
      i === 1 && n.typeVersion > 1 ? { ...n, typeVersion: Math.floor(n.typeVersion - 0.5) || 1 } : n,
    ),
  };
}

function historyOf(w: N8nWorkflow, depth: number): { version: string; definition: N8nWorkflow; changelog: string }[] {
  const last = w.nodes.at(-1)?.name ?? 'the last step';
  const second = w.nodes[1]?.name ?? 'the second step';
  if (depth === 3) {
    return [
      { version: '1.0.0', definition: olderSecondStep(withoutLastStep(w)), changelog: 'First release.' },
      {
        version: '1.1.0',
        definition: olderSecondStep(w),
        changelog: `### Added\n- **${last}**: the result is now also sent on, so nobody has to copy it by hand.`,
      },
      {
        version: '1.1.1',
        definition: w,
        changelog: `### Fixed\n- **${second}** uses the current node version, which n8n 1.x imports without a warning.`,
      },
    ];
  }
  return [
    { version: '1.0.0', definition: withoutLastStep(w), changelog: 'First release.' },
    {
      version: '1.1.0',
      definition: w,
      changelog: `### Added\n- **${last}**: one more step at the end of the flow.\n\nRe-import the JSON; your credentials stay as they are.`,
    },
  ];
}

/** Releases for the seeded workflows; `withHistory` of them (the oldest) get two or three. */
export async function seedReleases(tx: Executor, seeded: Seeded[], withHistory = 3): Promise<void> {
  const rows = seeded.flatMap((s, i) => {
    const history =
      i < withHistory
        ? historyOf(s.definition, i % 2 === 0 ? 3 : 2)
        : [{ version: '1.0.0', definition: s.definition, changelog: 'First release.' }];
    return history.map((r, k) => {
      const [major, minor, patch] = r.version.split('.').map(Number) as [number, number, number];
      return {
        workflowId: s.id,
        version: r.version,
        major,
        minor,
        patch,
        definition: r.definition,
        changelog: r.changelog,
        publishedAt: new Date(s.createdAt.getTime() + k * 9 * DAY),
        ...releaseFacts(r.definition),
      };
    });
  });
  await tx.insert(workflowReleases).values(rows);
}
