/** A small n8n export with a community node, an AI agent with a model sub-node, and secrets to hide. */
export const SECRET = 'sk-live-do-not-leak-123';

export const agentWorkflow = {
  name: 'Support bot',
  nodes: [
    {
      id: 'a',
      name: 'Telegram Trigger',
      type: 'n8n-nodes-base.telegramTrigger',
      typeVersion: 1.1,
      position: [0, 300],
      parameters: { updates: ['message'] },
      credentials: { telegramApi: { id: 'CRED123', name: 'My private bot' } },
    },
    {
      id: 'b',
      name: 'AI Agent',
      type: '@n8n/n8n-nodes-langchain.agent',
      typeVersion: 1.7,
      position: [220, 300],
      parameters: { text: SECRET },
    },
    {
      id: 'c',
      name: 'OpenAI Chat Model',
      type: '@n8n/n8n-nodes-langchain.lmChatOpenAi',
      typeVersion: 1.2,
      position: [140, 520],
      parameters: { apiKey: SECRET },
      credentials: { openAiApi: { id: 'CRED456', name: 'OpenAI prod' } },
    },
    {
      id: 'd',
      name: 'Reply on Zalo',
      type: 'n8n-nodes-zalo.zalo',
      typeVersion: 1,
      position: [440, 300],
      parameters: {},
      credentials: { zaloOath2Api: { id: 'CRED789', name: 'Zalo OA' } },
    },
    {
      id: 'e',
      name: 'Send Slack message',
      type: 'n8n-nodes-base.slack',
      typeVersion: 2.2,
      position: [660, 200],
      parameters: { text: SECRET },
      credentials: { slackApi: { id: 'S1', name: 'Slack A' } },
    },
    {
      id: 'f',
      name: 'Also to Slack',
      type: 'n8n-nodes-base.slack',
      typeVersion: 2.2,
      position: [660, 400],
      parameters: {},
      credentials: { slackApi: { id: 'S2', name: 'Slack B' } },
    },
    {
      id: 'g',
      name: 'Note',
      type: 'n8n-nodes-base.stickyNote',
      typeVersion: 1,
      position: [0, 0],
      parameters: { content: SECRET },
    },
  ],
  connections: {
    'Telegram Trigger': { main: [[{ node: 'AI Agent', type: 'main', index: 0 }]] },
    'OpenAI Chat Model': { ai_languageModel: [[{ node: 'AI Agent', type: 'ai_languageModel', index: 0 }]] },
    'AI Agent': { main: [[{ node: 'Reply on Zalo', type: 'main', index: 0 }]] },
    'Reply on Zalo': {
      main: [
        [
          { node: 'Send Slack message', type: 'main', index: 0 },
          { node: 'Also to Slack', type: 'main', index: 0 },
        ],
      ],
    },
    Ghost: { main: [[{ node: 'AI Agent', type: 'main', index: 0 }]] },
  },
  settings: { executionOrder: 'v1' },
};
