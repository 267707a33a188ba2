/**
 * Builds a valid, importable n8n workflow export for a seed workflow: a trigger, optional preparation
 * steps, an OpenAI call or AI Agent, one node per app, and an IF branch when the entry asks for one.
 * Deterministic: node ids and webhook ids derive from the slug.
 */
import type { SeedWorkflow } from './content';
import { appActions, type NodeSpec } from './n8n-apps';
import { appReplies, appTools, triggerSpec } from './n8n-triggers';
import { createRandom, stableUuid } from './random';

export type N8nNode = {
  id: string;
  name: string;
  type: string;
  typeVersion: number;
  position: [number, number];
  parameters: Record<string, unknown>;
  credentials?: Record<string, { id: string; name: string }>;
  webhookId?: string;
};
export type N8nConnection = { node: string; type: string; index: number };
export type N8nConnections = Record<string, Record<string, N8nConnection[][]>>;
export type N8nWorkflow = {
  name: string;
  nodes: N8nNode[];
  connections: N8nConnections;
  settings: { executionOrder: 'v1' };
  pinData: Record<string, never>;
  meta: { templateCredsSetupCompleted: boolean };
};

const X_STEP = 220;
const Y_MAIN = 300;
const CRED_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** n8n credential ids are 16 alphanumerics; these are placeholders the buyer replaces on import. */
function credentialId(credType: string): string {
  return createRandom(`cred:${credType}`).string(CRED_ALPHABET, 16);
}

function openAiSpec(w: SeedWorkflow): NodeSpec {
  return {
    name: 'Ask OpenAI',
    type: '@n8n/n8n-nodes-langchain.openAi',
    typeVersion: 1.8,
    parameters: {
      modelId: { __rl: true, value: 'gpt-4o-mini', mode: 'list', cachedResultName: 'GPT-4O-MINI' },
      messages: {
        values: [
          { role: 'system', content: `You help automate this task: ${w.short} Answer in JSON.` },
          { content: '={{ JSON.stringify($json) }}' },
        ],
      },
      jsonOutput: true,
      options: { temperature: 0.2 },
    },
    cred: ['openAiApi', 'OpenAI account'],
  };
}

function agentSpec(w: SeedWorkflow): NodeSpec {
  return {
    name: 'AI Agent',
    type: '@n8n/n8n-nodes-langchain.agent',
    typeVersion: 1.7,
    parameters: {
      promptType: 'define',
      text: '={{ $json.text ?? $json.message?.text ?? JSON.stringify($json) }}',
      options: {
        systemMessage: `You are an assistant for this workflow: ${w.short} Be concise, never invent facts, and say when a human should take over.`,
      },
    },
  };
}

function prepareSpec(
  slug: string,
  rnd: ReturnType<typeof createRandom>,
  level: SeedWorkflow['level'],
): NodeSpec | null {
  const roll = rnd.next();
  if (level === 'advanced' || roll < 0.25) {
    return {
      name: 'Normalise data',
      type: 'n8n-nodes-base.code',
      typeVersion: 2,
      parameters: {
        jsCode:
          '// Keep the fields the next steps need and add a processing timestamp\nreturn $input.all().map((item) => ({\n  json: { ...item.json, processedAt: new Date().toISOString() },\n}));',
      },
    };
  }
  if (roll < 0.7) {
    return {
      name: 'Edit Fields',
      type: 'n8n-nodes-base.set',
      typeVersion: 3.4,
      parameters: {
        assignments: {
          assignments: [
            { id: stableUuid(`${slug}:set:source`), name: 'source', value: slug, type: 'string' },
            { id: stableUuid(`${slug}:set:at`), name: 'receivedAt', value: '={{ $now.toISO() }}', type: 'string' },
          ],
        },
        includeOtherFields: true,
        options: {},
      },
    };
  }
  return null;
}

function ifSpec(slug: string, [name, expression]: readonly [string, string]): NodeSpec {
  return {
    name,
    type: 'n8n-nodes-base.if',
    typeVersion: 2,
    parameters: {
      conditions: {
        options: { caseSensitive: true, leftValue: '', typeValidation: 'loose' },
        conditions: [
          {
            id: stableUuid(`${slug}:if`),
            leftValue: expression,
            rightValue: '',
            operator: { type: 'boolean', operation: 'true', singleValue: true },
          },
        ],
        combinator: 'and',
      },
      options: {},
    },
  };
}

function toNode(slug: string, spec: NodeSpec, position: [number, number]): N8nNode {
  const node: N8nNode = {
    id: stableUuid(`${slug}:node:${spec.name}`),
    name: spec.name,
    type: spec.type,
    typeVersion: spec.typeVersion,
    position,
    parameters: spec.parameters,
  };
  if (spec.webhook) {
    node.webhookId = stableUuid(`${slug}:webhook:${spec.name}`);
    if (spec.type === 'n8n-nodes-base.webhook') node.parameters = { ...spec.parameters, path: node.webhookId };
  }
  if (spec.cred) node.credentials = { [spec.cred[0]]: { id: credentialId(spec.cred[0]), name: spec.cred[1] } };
  return node;
}

/** n8n node names are unique per workflow; a repeated name gets a number, as the editor does. */
function uniqueNames(specs: NodeSpec[]): NodeSpec[] {
  const seen = new Map<string, number>();
  return specs.map((s) => {
    const n = seen.get(s.name) ?? 0;
    seen.set(s.name, n + 1);
    return n === 0 ? s : { ...s, name: `${s.name}${n}` };
  });
}

function link(connections: N8nConnections, from: string, outputs: string[][], type = 'main') {
  connections[from] = {
    ...connections[from],
    [type]: outputs.map((targets) => targets.map((node) => ({ node, type, index: 0 }))),
  };
}

/** The agent's chat model, memory (chat bots) and tools, drawn in a row under it. */
function attachAgentSubNodes(
  slug: string,
  w: SeedWorkflow,
  agent: N8nNode,
  nodes: N8nNode[],
  connections: N8nConnections,
) {
  const subs: { spec: NodeSpec; type: string }[] = [
    {
      type: 'ai_languageModel',
      spec: {
        name: 'OpenAI Chat Model',
        type: '@n8n/n8n-nodes-langchain.lmChatOpenAi',
        typeVersion: 1.2,
        parameters: {
          model: { __rl: true, value: 'gpt-4o-mini', mode: 'list', cachedResultName: 'gpt-4o-mini' },
          options: {},
        },
        cred: ['openAiApi', 'OpenAI account'],
      },
    },
  ];
  if (w.reply) {
    subs.push({
      type: 'ai_memory',
      spec: {
        name: 'Simple Memory',
        type: '@n8n/n8n-nodes-langchain.memoryBufferWindow',
        typeVersion: 1.3,
        parameters: {
          sessionIdType: 'customKey',
          sessionKey: '={{ $json.chatId ?? $json.message?.chat?.id }}',
          contextWindowLength: 10,
        },
      },
    });
  }
  for (const app of w.tools ?? []) {
    const tool = appTools[app];
    if (!tool) throw new Error(`${slug}: no n8n tool node for app "${app}"`);
    subs.push({ type: 'ai_tool', spec: tool() });
  }
  const [x] = agent.position;
  subs.forEach(({ spec, type }, i) => {
    const node = toNode(slug, spec, [x - 80 + i * 160, Y_MAIN + 220]);
    nodes.push(node);
    link(connections, node.name, [[agent.name]], type);
  });
}

export function buildWorkflowDefinition(w: SeedWorkflow, slug: string): N8nWorkflow {
  const rnd = createRandom(`n8n:${slug}`);
  const ctx = { title: w.title, short: w.short };
  const trigger = triggerSpec(w.trigger, ctx);
  if (trigger.app && !w.apps.includes(trigger.app)) {
    throw new Error(`${slug}: trigger app ${trigger.app} is missing from apps`);
  }
  const chain: NodeSpec[] = [trigger.spec];
  if (w.http) {
    chain.push({
      name: 'HTTP Request',
      type: 'n8n-nodes-base.httpRequest',
      typeVersion: 4.2,
      parameters: {
        url: w.http,
        options: { timeout: 10000, response: { response: { fullResponse: true, neverError: true } } },
      },
    });
  }
  const prepare = prepareSpec(slug, rnd, w.level);
  if (prepare) chain.push(prepare);
  let triggerAppSkipped = false;
  for (const app of w.apps) {
    if (app === trigger.app && !triggerAppSkipped) {
      triggerAppSkipped = true;
      continue;
    }
    if (w.agent && w.tools?.includes(app)) continue;
    if (app === 'OpenAI') chain.push(w.agent ? agentSpec(w) : openAiSpec(w));
    else {
      const action = appActions[app];
      if (!action) throw new Error(`${slug}: no n8n node for app "${app}"`);
      chain.push(action(ctx));
    }
  }
  if (w.reply) {
    const reply = trigger.app ? appReplies[trigger.app] : undefined;
    if (!reply) throw new Error(`${slug}: trigger ${w.trigger} cannot reply`);
    chain.push(reply());
  }
  const noOp: NodeSpec = {
    name: 'No Operation, do nothing',
    type: 'n8n-nodes-base.noOp',
    typeVersion: 1,
    parameters: {},
  };
  const main = uniqueNames(
    w.branch ? [...chain.slice(0, -1), ifSpec(slug, w.branch), ...chain.slice(-1), noOp] : chain,
  );

  const nodes: N8nNode[] = [];
  const connections: N8nConnections = {};
  const chainLength = w.branch ? main.length - 2 : main.length;
  for (let i = 0; i < chainLength; i++) {
    const spec = main[i]!;
    nodes.push(toNode(slug, spec, [i * X_STEP, Y_MAIN]));
    const next = main[i + 1];
    if (i < chainLength - 1 && next) link(connections, spec.name, [[next.name]]);
  }
  if (w.branch) {
    const [ifNode, yes, no] = [main[chainLength - 1]!, main[chainLength]!, main[chainLength + 1]!];
    const x = chainLength * X_STEP;
    nodes.push(toNode(slug, yes, [x, Y_MAIN - 100]), toNode(slug, no, [x, Y_MAIN + 100]));
    link(connections, ifNode.name, [[yes.name], [no.name]]);
  }
  const agent = nodes.find((n) => n.type === '@n8n/n8n-nodes-langchain.agent');
  if (agent) attachAgentSubNodes(slug, w, agent, nodes, connections);
  return {
    name: w.title,
    nodes,
    connections,
    settings: { executionOrder: 'v1' },
    pinData: {},
    meta: { templateCredsSetupCompleted: false },
  };
}

/** A three-node export (webhook → set → app) shared by many generated catalogue rows. */
export function buildSmallDefinition(name: string, app: string): N8nWorkflow {
  const action = (appActions[app] ?? appActions.Slack!)({ title: name, short: name });
  const trigger = triggerSpec('webhook', { title: name, short: name }).spec;
  const set: NodeSpec = {
    name: 'Edit Fields',
    type: 'n8n-nodes-base.set',
    typeVersion: 3.4,
    parameters: { assignments: { assignments: [] }, includeOtherFields: true, options: {} },
  };
  const specs = [trigger, set, action];
  const key = `small:${name}:${app}`;
  const connections: N8nConnections = {};
  specs.slice(0, -1).forEach((s, i) => link(connections, s.name, [[specs[i + 1]!.name]]));
  return {
    name,
    nodes: specs.map((s, i) => toNode(key, s, [i * X_STEP, Y_MAIN])),
    connections,
    settings: { executionOrder: 'v1' },
    pinData: {},
    meta: { templateCredsSetupCompleted: false },
  };
}
