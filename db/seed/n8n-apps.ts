/**
 * Real n8n node types, type versions and credential types, with realistic placeholder parameters.
 * `n8n-nodes-base.*` and `@n8n/n8n-nodes-langchain.*` ship with n8n; anything else is a community node.
 */
export type NodeSpec = {
  name: string;
  type: string;
  typeVersion: number;
  parameters: Record<string, unknown>;
  /** [credential type, credential display name]. */
  cred?: readonly [string, string];
  /** Webhook-based nodes carry a stable webhookId. */
  webhook?: boolean;
};

export type Ctx = { title: string; short: string };

export const rl = (value: string, mode = 'id', cachedResultName?: string) =>
  cachedResultName ? { __rl: true, value, mode, cachedResultName } : { __rl: true, value, mode };
const autoMap = { mappingMode: 'autoMapInputData', value: {}, matchingColumns: [], schema: [] };
const summary = '={{ $json.summary ?? $json.title ?? $json.name ?? "New item" }}';

/** n8n's HTTP Request node calling a service's API with a generic credential (header, basic or custom auth). */
function httpCall(
  name: string,
  method: 'GET' | 'POST',
  url: string,
  cred: readonly [string, string],
  jsonBody?: string,
): NodeSpec {
  return {
    name,
    type: 'n8n-nodes-base.httpRequest',
    typeVersion: 4.2,
    parameters: {
      method,
      url,
      authentication: 'genericCredentialType',
      genericAuthType: cred[0],
      ...(jsonBody ? { sendBody: true, specifyBody: 'json', jsonBody } : {}),
      options: { timeout: 15000 },
    },
    cred,
  };
}

/** Action nodes, keyed by the human app name used in metadata.apps. */
export const appActions: Record<string, (c: Ctx) => NodeSpec> = {
  Slack: () => ({
    name: 'Send Slack message',
    type: 'n8n-nodes-base.slack',
    typeVersion: 2.2,
    parameters: { select: 'channel', channelId: rl('#automation', 'name'), text: summary, otherOptions: {} },
    cred: ['slackApi', 'Slack account'],
  }),
  'Google Sheets': () => ({
    name: 'Append row in sheet',
    type: 'n8n-nodes-base.googleSheets',
    typeVersion: 4.5,
    parameters: {
      operation: 'append',
      documentId: rl('YOUR_SPREADSHEET_ID'),
      sheetName: rl('gid=0', 'list', 'Sheet1'),
      columns: autoMap,
      options: {},
    },
    cred: ['googleSheetsOAuth2Api', 'Google Sheets account'],
  }),
  Gmail: (c) => ({
    name: 'Send email',
    type: 'n8n-nodes-base.gmail',
    typeVersion: 2.1,
    parameters: {
      sendTo: '={{ $json.email }}',
      subject: `=${c.title}`,
      emailType: 'text',
      message: '=Hi {{ $json.name ?? "there" }},\n\n{{ $json.text ?? $json.summary }}\n\nThanks!',
      options: { appendAttribution: false },
    },
    cred: ['gmailOAuth2', 'Gmail account'],
  }),
  Shopify: () => ({
    name: 'Get products',
    type: 'n8n-nodes-base.shopify',
    typeVersion: 1,
    parameters: { resource: 'product', operation: 'getAll', returnAll: true, additionalFields: {} },
    cred: ['shopifyApi', 'Shopify account'],
  }),
  Notion: () => ({
    name: 'Create Notion page',
    type: 'n8n-nodes-base.notion',
    typeVersion: 2.2,
    parameters: {
      resource: 'databasePage',
      databaseId: rl('YOUR_NOTION_DATABASE_ID'),
      title: summary,
      propertiesUi: { propertyValues: [] },
      options: {},
    },
    cred: ['notionApi', 'Notion account'],
  }),
  Airtable: () => ({
    name: 'Create Airtable record',
    type: 'n8n-nodes-base.airtable',
    typeVersion: 2.1,
    parameters: {
      operation: 'create',
      base: rl('appXXXXXXXXXXXXXX'),
      table: rl('tblXXXXXXXXXXXXXX'),
      columns: autoMap,
      options: {},
    },
    cred: ['airtableTokenApi', 'Airtable Personal Access Token account'],
  }),
  HubSpot: () => ({
    name: 'Create or update contact',
    type: 'n8n-nodes-base.hubspot',
    typeVersion: 2.1,
    parameters: {
      authentication: 'appToken',
      resource: 'contact',
      operation: 'upsert',
      email: '={{ $json.email }}',
      additionalFields: {},
    },
    cred: ['hubspotAppToken', 'HubSpot App Token account'],
  }),
  Telegram: () => ({
    name: 'Send Telegram message',
    type: 'n8n-nodes-base.telegram',
    typeVersion: 1.2,
    parameters: { chatId: '-1001234567890', text: summary, additionalFields: { parse_mode: 'Markdown' } },
    cred: ['telegramApi', 'Telegram account'],
  }),
  Discord: () => ({
    name: 'Post to Discord',
    type: 'n8n-nodes-base.discord',
    typeVersion: 2,
    parameters: { authentication: 'webhook', content: summary, options: {} },
    cred: ['discordWebhookApi', 'Discord Webhook account'],
  }),
  Postgres: () => ({
    name: 'Query Postgres',
    type: 'n8n-nodes-base.postgres',
    typeVersion: 2.5,
    parameters: {
      operation: 'executeQuery',
      query: 'SELECT id, status, total, customer_email FROM orders WHERE reference = $1 LIMIT 1;',
      options: { queryReplacement: '={{ $json.reference }}' },
    },
    cred: ['postgres', 'Postgres account'],
  }),
  Stripe: () => ({
    name: 'Create Stripe customer',
    type: 'n8n-nodes-base.stripe',
    typeVersion: 1,
    parameters: {
      resource: 'customer',
      operation: 'create',
      name: '={{ $json.name }}',
      additionalFields: { email: '={{ $json.email }}' },
    },
    cred: ['stripeApi', 'Stripe account'],
  }),
  'Google Calendar': (c) => ({
    name: 'Create calendar event',
    type: 'n8n-nodes-base.googleCalendar',
    typeVersion: 1.3,
    parameters: {
      calendar: rl('primary', 'list', 'Primary'),
      start: '={{ $json.start }}',
      end: '={{ $json.end }}',
      additionalFields: { summary: `=${c.title}: {{ $json.name ?? "" }}` },
    },
    cred: ['googleCalendarOAuth2Api', 'Google Calendar account'],
  }),
  'Google Drive': () => ({
    name: 'Search files in folder',
    type: 'n8n-nodes-base.googleDrive',
    typeVersion: 3,
    parameters: { resource: 'fileFolder', filter: { folderId: rl('YOUR_FOLDER_ID') }, options: {} },
    cred: ['googleDriveOAuth2Api', 'Google Drive account'],
  }),
  Trello: () => ({
    name: 'Create Trello card',
    type: 'n8n-nodes-base.trello',
    typeVersion: 1,
    parameters: { listId: 'YOUR_LIST_ID', name: summary, description: '={{ $json.link ?? "" }}', additionalFields: {} },
    cred: ['trelloApi', 'Trello account'],
  }),
  Jira: () => ({
    name: 'Create Jira issue',
    type: 'n8n-nodes-base.jira',
    typeVersion: 1,
    parameters: { project: rl('10000'), issueType: rl('10001'), summary, additionalFields: {} },
    cred: ['jiraSoftwareCloudApi', 'Jira SW Cloud account'],
  }),
  GitHub: () => ({
    name: 'Get pull requests',
    type: 'n8n-nodes-base.github',
    typeVersion: 1.1,
    parameters: {
      resource: 'repository',
      operation: 'getPullRequests',
      owner: rl('your-org', 'name'),
      repository: rl('your-repo', 'name'),
      returnAll: true,
      getRepositoryPullRequestsFilters: { state: 'open' },
    },
    cred: ['githubApi', 'GitHub account'],
  }),
  Mailchimp: () => ({
    name: 'Add member to audience',
    type: 'n8n-nodes-base.mailchimp',
    typeVersion: 1,
    parameters: {
      list: 'YOUR_AUDIENCE_ID',
      email: '={{ $json.email }}',
      status: 'subscribed',
      options: {},
      mergeFieldsUi: {},
    },
    cred: ['mailchimpApi', 'Mailchimp account'],
  }),
  Pipedrive: () => ({
    name: 'Get deals',
    type: 'n8n-nodes-base.pipedrive',
    typeVersion: 1,
    parameters: { resource: 'deal', operation: 'getAll', returnAll: true, filters: {} },
    cred: ['pipedriveApi', 'Pipedrive account'],
  }),
  'Microsoft Teams': () => ({
    name: 'Post to Teams channel',
    type: 'n8n-nodes-base.microsoftTeams',
    typeVersion: 2,
    parameters: {
      resource: 'channelMessage',
      teamId: rl('YOUR_TEAM_ID'),
      channelId: rl('YOUR_CHANNEL_ID'),
      message: summary,
      options: {},
    },
    cred: ['microsoftTeamsOAuth2Api', 'Microsoft Teams account'],
  }),
  Zendesk: () => ({
    name: 'Create Zendesk ticket',
    type: 'n8n-nodes-base.zendesk',
    typeVersion: 1,
    parameters: { operation: 'create', description: summary, additionalFields: { priority: 'high' } },
    cred: ['zendeskApi', 'Zendesk account'],
  }),
  QuickBooks: () => ({
    name: 'Record QuickBooks payment',
    type: 'n8n-nodes-base.quickbooks',
    typeVersion: 1,
    parameters: {
      resource: 'payment',
      operation: 'create',
      CustomerRef: '={{ $json.customerId }}',
      TotalAmt: '={{ $json.amount }}',
      additionalFields: {},
    },
    cred: ['quickBooksOAuth2Api', 'QuickBooks Online account'],
  }),
  WooCommerce: () => ({
    name: 'Get orders',
    type: 'n8n-nodes-base.wooCommerce',
    typeVersion: 1,
    parameters: { resource: 'order', operation: 'getAll', options: { status: 'pending' } },
    cred: ['wooCommerceApi', 'WooCommerce account'],
  }),
  Twilio: () => ({
    name: 'Send SMS',
    type: 'n8n-nodes-base.twilio',
    typeVersion: 1,
    parameters: { from: '+15005550006', to: '={{ $json.phone }}', message: summary, options: {} },
    cred: ['twilioApi', 'Twilio account'],
  }),
  ClickUp: () => ({
    name: 'Create ClickUp task',
    type: 'n8n-nodes-base.clickUp',
    typeVersion: 1,
    parameters: {
      team: 'YOUR_TEAM_ID',
      space: 'YOUR_SPACE_ID',
      list: 'YOUR_LIST_ID',
      name: summary,
      additionalFields: {},
    },
    cred: ['clickUpApi', 'ClickUp account'],
  }),
  WordPress: () => ({
    name: 'Create draft post',
    type: 'n8n-nodes-base.wordpress',
    typeVersion: 1,
    parameters: { title: summary, additionalFields: { content: '={{ $json.content }}', status: 'draft' } },
    cred: ['wordpressApi', 'Wordpress account'],
  }),
  LinkedIn: () => ({
    name: 'Create LinkedIn post',
    type: 'n8n-nodes-base.linkedIn',
    typeVersion: 1,
    parameters: {
      postAs: 'organization',
      organization: 'YOUR_ORGANIZATION_ID',
      text: '={{ $json.message.content }}',
      additionalFields: {},
    },
    cred: ['linkedInOAuth2Api', 'LinkedIn account'],
  }),
  Zalo: () => ({
    name: 'Send Zalo message',
    type: 'n8n-nodes-zalo.zalo',
    typeVersion: 1,
    parameters: { resource: 'message', operation: 'send', userId: '={{ $json.zalo_user_id }}', text: summary },
    cred: ['zaloOath2Api', 'Zalo OA account'],
  }),
  // Vietnamese services without an n8n node of their own: n8n's HTTP Request node against their public
  // APIs, authenticated by a generic credential (the credential type differs per service, so a workflow
  // using two of them asks for two credentials).
  Haravan: () =>
    httpCall('Get Haravan order', 'GET', '=https://apis.haravan.com/com/orders/{{ $json.id }}.json', [
      'httpHeaderAuth',
      'Haravan private app token',
    ]),
  Sapo: () =>
    httpCall('Get Sapo order', 'GET', '=https://YOUR_STORE.mysapo.net/admin/orders/{{ $json.id }}.json', [
      'httpBasicAuth',
      'Sapo private app',
    ]),
  GHN: () =>
    httpCall(
      'Create GHN shipping order',
      'POST',
      'https://online-gateway.ghn.vn/shiip/public-api/v2/shipping-order/create',
      ['httpCustomAuth', 'GHN token and ShopId'],
      '={\n  "payment_type_id": 2,\n  "required_note": "CHOXEMHANGKHONGTHU",\n  "to_name": "{{ $json.shipping_address.name }}",\n  "to_phone": "{{ $json.shipping_address.phone }}",\n  "to_address": "{{ $json.shipping_address.address1 }}",\n  "to_ward_name": "{{ $json.shipping_address.ward }}",\n  "to_district_name": "{{ $json.shipping_address.district }}",\n  "to_province_name": "{{ $json.shipping_address.province }}",\n  "cod_amount": {{ $json.total_price }},\n  "weight": {{ $json.total_weight || 500 }},\n  "service_type_id": 2,\n  "items": {{ JSON.stringify($json.line_items.map(i => ({ name: i.title, quantity: i.quantity }))) }}\n}',
    ),
  GHTK: () =>
    httpCall(
      'Create GHTK shipment',
      'POST',
      'https://services.giaohangtietkiem.vn/services/shipment/order/?ver=1.5',
      ['httpHeaderAuth', 'GHTK API token'],
      '={\n  "products": {{ JSON.stringify($json.line_items.map(i => ({ name: i.title, weight: 0.5, quantity: i.quantity }))) }},\n  "order": {\n    "id": "{{ $json.id }}",\n    "pick_name": "YOUR_SHOP",\n    "pick_address": "YOUR_PICKUP_ADDRESS",\n    "pick_province": "TP. Hồ Chí Minh",\n    "pick_district": "Quận 1",\n    "pick_tel": "0900000000",\n    "name": "{{ $json.shipping_address.name }}",\n    "address": "{{ $json.shipping_address.address1 }}",\n    "province": "{{ $json.shipping_address.province }}",\n    "district": "{{ $json.shipping_address.district }}",\n    "ward": "{{ $json.shipping_address.ward }}",\n    "hamlet": "Khác",\n    "tel": "{{ $json.shipping_address.phone }}",\n    "pick_money": {{ $json.total_price }},\n    "value": {{ $json.total_price }}\n  }\n}',
    ),
  'MISA meInvoice': () =>
    httpCall(
      'Issue MISA meInvoice e-invoice',
      'POST',
      'https://api.meinvoice.vn/api/integration/invoice',
      ['httpCustomAuth', 'MISA meInvoice token'],
      '={\n  "SignType": 2,\n  "InvoiceData": [{\n    "RefID": "{{ $json.id }}",\n    "InvSeries": "1C26TAA",\n    "InvDate": "{{ $now.toISODate() }}",\n    "CurrencyCode": "VND",\n    "BuyerLegalName": "{{ $json.billing_address.company || $json.billing_address.name }}",\n    "BuyerTaxCode": "{{ $json.note_attributes?.find(a => a.name === \'mst\')?.value ?? \'\' }}",\n    "BuyerEmail": "{{ $json.email }}",\n    "TotalAmount": {{ $json.total_price }},\n    "OriginalInvoiceDetail": {{ JSON.stringify($json.line_items.map((i, n) => ({ ItemType: 1, SortOrder: n + 1, ItemName: i.title, Quantity: i.quantity, UnitPrice: i.price, Amount: i.quantity * i.price }))) }}\n  }]\n}',
    ),
  Apify: () => ({
    name: 'Run Apify actor',
    type: '@apify/n8n-nodes-apify.apify',
    typeVersion: 1,
    parameters: {
      authentication: 'apifyApi',
      resource: 'Actors',
      operation: 'Run actor and get dataset',
      actorId: rl('YOUR_ACTOR_ID'),
      customBody: '={\n  "searchStringsArray": ["coffee shop"],\n  "locationQuery": "Ho Chi Minh City"\n}',
    },
    cred: ['apifyApi', 'Apify account'],
  }),
};
