/**
 * Trigger nodes, the reply step of chat and issue triggers, and the tool variants an AI Agent calls.
 */
import type { TriggerKind } from './content';
import { appActions, rl, type Ctx, type NodeSpec } from './n8n-apps';

/** The step a chat or issue trigger's own app takes at the end (answering where the message came from). */
export const appReplies: Record<string, () => NodeSpec> = {
  Slack: () => ({
    ...appActions.Slack!({ title: '', short: '' }),
    name: 'Reply in thread',
    parameters: {
      select: 'channel',
      channelId: rl('={{ $("Slack Trigger").item.json.channel }}'),
      text: '={{ $json.output ?? $json.key ?? "Done" }}',
      otherOptions: { thread_ts: { replyValues: { thread_ts: '={{ $("Slack Trigger").item.json.ts }}' } } },
    },
  }),
  Telegram: () => ({
    ...appActions.Telegram!({ title: '', short: '' }),
    name: 'Reply on Telegram',
    parameters: {
      chatId: '={{ $("Telegram Trigger").item.json.message.chat.id }}',
      text: '={{ $json.output ?? $json.text }}',
      additionalFields: { reply_to_message_id: '={{ $("Telegram Trigger").item.json.message.message_id }}' },
    },
  }),
  GitHub: () => ({
    ...appActions.GitHub!({ title: '', short: '' }),
    name: 'Comment on issue',
    parameters: {
      resource: 'issue',
      operation: 'createComment',
      owner: rl('your-org', 'name'),
      repository: rl('your-repo', 'name'),
      issueNumber: '={{ $("Github Trigger").item.json.body.issue.number }}',
      body: '={{ $json.message.content.comment }}',
    },
  }),
};

/** Apps an AI Agent can call as tools (the `…Tool` variant of the node, connected as ai_tool). */
export const appTools: Record<string, () => NodeSpec> = {
  Notion: () => ({
    name: 'Search Notion',
    type: 'n8n-nodes-base.notionTool',
    typeVersion: 2.2,
    parameters: {
      descriptionType: 'manual',
      toolDescription: 'Search the help-centre pages in the Notion knowledge base',
      resource: 'databasePage',
      operation: 'getAll',
      databaseId: rl('YOUR_NOTION_DATABASE_ID'),
      limit: 5,
      filterType: 'none',
      options: {},
    },
    cred: ['notionApi', 'Notion account'],
  }),
  Postgres: () => ({
    name: 'Run SQL query',
    type: 'n8n-nodes-base.postgresTool',
    typeVersion: 2.5,
    parameters: {
      descriptionType: 'manual',
      toolDescription: 'Run one read-only SELECT statement and return the rows',
      operation: 'executeQuery',
      query: "={{ $fromAI('sql_query', 'A read-only SELECT statement', 'string') }}",
      options: {},
    },
    cred: ['postgres', 'Postgres account'],
  }),
  Apify: () => ({
    ...appActions.Apify!({ title: '', short: '' }),
    name: 'Crawl the web',
    type: '@apify/n8n-nodes-apify.apifyTool',
    parameters: {
      authentication: 'apifyApi',
      resource: 'Actors',
      operation: 'Run actor and get dataset',
      actorId: rl('apify/website-content-crawler'),
      customBody: "={{ $fromAI('input', 'Actor input as JSON with startUrls', 'json') }}",
    },
  }),
};

/** Triggers, and the app each one counts as (null for core triggers). */
export function triggerSpec(kind: TriggerKind, c: Ctx): { app: string | null; spec: NodeSpec } {
  const t = c.title.toLowerCase();
  const base = (name: string, type: string, typeVersion: number, parameters: Record<string, unknown>) => ({
    name,
    type: `n8n-nodes-base.${type}`,
    typeVersion,
    parameters,
  });
  switch (kind) {
    case 'manual':
      return { app: null, spec: base('When clicking ‘Execute workflow’', 'manualTrigger', 1, {}) };
    case 'schedule': {
      const interval = /weekly|week’s|monday|friday/.test(t)
        ? { field: 'weeks', triggerAtDay: [1], triggerAtHour: 9 }
        : /daily|nightly|morning|report|birthday|export/.test(t)
          ? { field: 'days', triggerAtHour: 8 }
          : /uptime|monitor/.test(t)
            ? { field: 'minutes', minutesInterval: 5 }
            : { field: 'hours', hoursInterval: 1 };
      return { app: null, spec: base('Schedule Trigger', 'scheduleTrigger', 1.2, { rule: { interval: [interval] } }) };
    }
    case 'webhook':
      return {
        app: null,
        spec: {
          ...base('Webhook', 'webhook', 2, { httpMethod: 'POST', path: '', responseMode: 'onReceived', options: {} }),
          webhook: true,
        },
      };
    case 'form':
      return {
        app: null,
        spec: {
          ...base('On form submission', 'formTrigger', 2.2, {
            formTitle: c.title,
            formDescription: c.short,
            formFields: {
              values: [
                { fieldLabel: 'Name', requiredField: true },
                { fieldLabel: 'Email', fieldType: 'email', requiredField: true },
                { fieldLabel: 'Details', fieldType: 'textarea' },
              ],
            },
            options: {},
          }),
          webhook: true,
        },
      };
    case 'error':
      return { app: null, spec: base('Error Trigger', 'errorTrigger', 1, {}) };
    case 'rss':
      return {
        app: null,
        spec: base('RSS Feed Trigger', 'rssFeedReadTrigger', 1, {
          pollTimes: { item: [{ mode: 'everyHour' }] },
          feedUrl: 'https://example.com/feed.xml',
        }),
      };
    case 'gmail': {
      const labelIds = /starred/.test(t) ? ['STARRED'] : ['INBOX'];
      const params = {
        pollTimes: { item: [{ mode: 'everyMinute' }] },
        simple: false,
        filters: { labelIds },
        options: {},
      };
      return {
        app: 'Gmail',
        spec: { ...base('Gmail Trigger', 'gmailTrigger', 1.2, params), cred: ['gmailOAuth2', 'Gmail account'] },
      };
    }
    case 'shopify': {
      const topic = /shipping|fulfil/.test(t)
        ? 'orders/fulfilled'
        : /customer/.test(t)
          ? 'customers/create'
          : 'orders/create';
      return {
        app: 'Shopify',
        spec: {
          ...base('Shopify Trigger', 'shopifyTrigger', 1, { topic }),
          cred: ['shopifyApi', 'Shopify account'],
          webhook: true,
        },
      };
    }
    case 'telegram':
      return {
        app: 'Telegram',
        spec: {
          ...base('Telegram Trigger', 'telegramTrigger', 1.1, { updates: ['message'], additionalFields: {} }),
          cred: ['telegramApi', 'Telegram account'],
          webhook: true,
        },
      };
    case 'slack':
      return {
        app: 'Slack',
        spec: {
          ...base('Slack Trigger', 'slackTrigger', 1, { trigger: ['app_mention'], watchWorkspace: true, options: {} }),
          cred: ['slackApi', 'Slack account'],
          webhook: true,
        },
      };
    case 'stripe': {
      const events = /fail/.test(t) ? ['invoice.payment_failed'] : ['charge.succeeded'];
      return {
        app: 'Stripe',
        spec: {
          ...base('Stripe Trigger', 'stripeTrigger', 1, { events }),
          cred: ['stripeApi', 'Stripe account'],
          webhook: true,
        },
      };
    }
    case 'typeform':
      return {
        app: 'Typeform',
        spec: {
          ...base('Typeform Trigger', 'typeformTrigger', 1.1, { formId: 'YOUR_FORM_ID' }),
          cred: ['typeformApi', 'Typeform account'],
          webhook: true,
        },
      };
    case 'github': {
      const events = /release/.test(t) ? ['release'] : ['issues'];
      const params = { owner: rl('your-org', 'name'), repository: rl('your-repo', 'name'), events, options: {} };
      return {
        app: 'GitHub',
        spec: {
          ...base('Github Trigger', 'githubTrigger', 1, params),
          cred: ['githubApi', 'GitHub account'],
          webhook: true,
        },
      };
    }
    case 'woocommerce':
      return {
        app: 'WooCommerce',
        spec: {
          ...base('WooCommerce Trigger', 'wooCommerceTrigger', 1, { event: 'order.created' }),
          cred: ['wooCommerceApi', 'WooCommerce account'],
          webhook: true,
        },
      };
    case 'jira':
      return {
        app: 'Jira',
        spec: {
          ...base('Jira Trigger', 'jiraTrigger', 1.1, {
            events: ['jira:issue_created'],
            additionalFields: { filter: 'issuetype = Incident' },
          }),
          cred: ['jiraSoftwareCloudApi', 'Jira SW Cloud account'],
          webhook: true,
        },
      };
    case 'calendly':
      return {
        app: 'Calendly',
        spec: {
          ...base('Calendly Trigger', 'calendlyTrigger', 1, { events: ['invitee.created', 'invitee.canceled'] }),
          cred: ['calendlyApi', 'Calendly account'],
          webhook: true,
        },
      };
  }
}
