import { describe, expect, it } from 'vitest';
import { buildSmallDefinition } from '@/db/seed/n8n';
import { analyzeWorkflow, compareVersions } from '@/lib/workflows/analyze';
import { credentialLabel, nodeTypeInfo } from '@/lib/workflows/node-types';
import { agentWorkflow, SECRET } from './fixtures';

describe('analyzeWorkflow', () => {
  it('lists the apps, the credentials to set up and the community nodes, skipping sticky notes', () => {
    const a = analyzeWorkflow(agentWorkflow);
    expect(a.nodeCount).toBe(6);
    expect(a.triggerCount).toBe(1);
    expect(a.apps).toEqual(['Telegram', 'OpenAI', 'Zalo', 'Slack']);
    expect(a.credentials).toEqual([
      { type: 'telegramApi', label: 'Telegram API', nodes: ['Telegram Trigger'] },
      { type: 'openAiApi', label: 'OpenAI API', nodes: ['OpenAI Chat Model'] },
      { type: 'zaloOath2Api', label: 'Zalo Oath2 API', nodes: ['Reply on Zalo'] },
      { type: 'slackApi', label: 'Slack API', nodes: ['Send Slack message', 'Also to Slack'] },
    ]);
    expect(a.communityNodes).toEqual([
      { type: 'n8n-nodes-zalo.zalo', packageName: 'n8n-nodes-zalo', nodes: ['Reply on Zalo'] },
    ]);
    expect(JSON.stringify(a)).not.toContain(SECRET);
    expect(JSON.stringify(a)).not.toContain('CRED123');
    expect(JSON.stringify(a)).not.toContain('My private bot');
  });

  it('tells the lowest n8n version where the node versions and settings tell', () => {
    expect(analyzeWorkflow(agentWorkflow).minN8nVersion).toBe('1.19.0');
    const plain = buildSmallDefinition('Plain', 'Slack');
    expect(analyzeWorkflow(plain).minN8nVersion).toBe('1.0.0');
    expect(analyzeWorkflow({ ...plain, settings: {} }).minN8nVersion).toBeNull();
    expect(compareVersions('1.19.0', '1.2.9')).toBeGreaterThan(0);
    expect(compareVersions('1.0', '1.0.0')).toBe(0);
  });

  it('reads a seed export: core nodes are not apps, the app node and its credential are', () => {
    const a = analyzeWorkflow(buildSmallDefinition('Orders', 'Google Sheets'));
    expect(a.nodeCount).toBe(3);
    expect(a.apps).toEqual(['Google Sheets']);
    expect(a.credentials.map((c) => c.label)).toEqual(['Google Sheets OAuth2 API']);
    expect(a.communityNodes).toEqual([]);
  });

  it('survives anything that is not a workflow export', () => {
    for (const junk of [null, 'x', 42, [], { nodes: 'no' }, { nodes: [{ name: 1 }], connections: [] }]) {
      expect(analyzeWorkflow(junk)).toEqual({
        nodeCount: 0,
        triggerCount: 0,
        apps: [],
        credentials: [],
        communityNodes: [],
        minN8nVersion: null,
      });
    }
  });

  it('names node types and credential types', () => {
    expect(nodeTypeInfo('n8n-nodes-base.googleSheetsTrigger')).toMatchObject({
      app: 'Google Sheets',
      isTrigger: true,
      builtIn: true,
    });
    expect(nodeTypeInfo('n8n-nodes-base.if').app).toBeNull();
    expect(nodeTypeInfo('@n8n/n8n-nodes-langchain.memoryBufferWindow').app).toBeNull();
    expect(nodeTypeInfo('@apify/n8n-nodes-apify.apifyTool')).toMatchObject({
      app: 'Apify',
      builtIn: false,
      packageName: '@apify/n8n-nodes-apify',
    });
    expect(credentialLabel('googleSheetsOAuth2Api')).toBe('Google Sheets OAuth2 API');
  });
});
