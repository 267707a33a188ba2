/** What a node type string tells: its package, whether n8n ships it, the app it talks to. */
export const BUILT_IN_PACKAGES = ['n8n-nodes-base', '@n8n/n8n-nodes-langchain'] as const;

export type NodeTypeInfo = {
  packageName: string;
  /** The node's own name without package and Trigger/Tool suffix: `googleSheets`. */
  baseName: string;
  builtIn: boolean;
  isTrigger: boolean;
  /** The outside service it connects to, or null for core logic (IF, Code, Webhook, AI Agent…). */
  app: string | null;
};

/** Built-in nodes that are logic or plumbing, not an app a buyer needs an account for. */
const CORE = new Set([
  'manual',
  'schedule',
  'cron',
  'interval',
  'webhook',
  'form',
  'error',
  'set',
  'if',
  'switch',
  'code',
  'function',
  'functionItem',
  'noOp',
  'httpRequest',
  'merge',
  'splitInBatches',
  'splitOut',
  'filter',
  'wait',
  'executeWorkflow',
  'respondToWebhook',
  'itemLists',
  'aggregate',
  'sort',
  'limit',
  'removeDuplicates',
  'dateTime',
  'crypto',
  'html',
  'xml',
  'markdown',
  'compareDatasets',
  'summarize',
  'rssFeedRead',
  'readWriteFile',
  'convertToFile',
  'extractFromFile',
  'executeCommand',
  'emailSend',
  'emailReadImap',
  'stopAndError',
  'n8n',
  'chat',
  'workflow',
  // LangChain building blocks (the model providers below are apps).
  'agent',
  'chainLlm',
  'chainSummarization',
  'chainRetrievalQa',
  'memoryBufferWindow',
  'toolCode',
  'toolWorkflow',
  'toolHttpRequest',
  'outputParserStructured',
  'textSplitterRecursiveCharacterTextSplitter',
  'documentDefaultDataLoader',
  'vectorStoreInMemory',
  'informationExtractor',
  'textClassifier',
  'sentimentAnalysis',
]);

/** Providers and apps whose display name is not simply the camelCase split. */
const APP_NAMES: Record<string, string> = {
  openAi: 'OpenAI',
  lmChatOpenAi: 'OpenAI',
  lmOpenAi: 'OpenAI',
  embeddingsOpenAi: 'OpenAI',
  lmChatAnthropic: 'Anthropic',
  lmChatGoogleGemini: 'Google Gemini',
  lmChatOllama: 'Ollama',
  lmChatMistralCloud: 'Mistral',
  hubspot: 'HubSpot',
  clickUp: 'ClickUp',
  linkedIn: 'LinkedIn',
  github: 'GitHub',
  gitlab: 'GitLab',
  wooCommerce: 'WooCommerce',
  quickbooks: 'QuickBooks',
  wordpress: 'WordPress',
  youTube: 'YouTube',
  postgres: 'Postgres',
  mySql: 'MySQL',
  mongoDb: 'MongoDB',
  awsS3: 'AWS S3',
  twilio: 'Twilio',
  whatsApp: 'WhatsApp',
  jira: 'Jira',
  typeform: 'Typeform',
  calendly: 'Calendly',
  mailchimp: 'Mailchimp',
  sendGrid: 'SendGrid',
};

/** `googleSheets` → "Google Sheets". */
export function humanize(name: string): string {
  const spaced = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

export function nodeTypeInfo(type: string): NodeTypeInfo {
  const dot = type.lastIndexOf('.');
  const packageName = dot > 0 ? type.slice(0, dot) : '';
  const raw = dot > 0 ? type.slice(dot + 1) : type;
  const isTrigger = /Trigger$/.test(raw);
  const baseName = raw.replace(/Trigger$/, '').replace(/Tool$/, '') || raw;
  const builtIn = (BUILT_IN_PACKAGES as readonly string[]).includes(packageName);
  const langchain = packageName === '@n8n/n8n-nodes-langchain';
  let app: string | null;
  if (APP_NAMES[baseName]) app = APP_NAMES[baseName];
  else if (builtIn && (CORE.has(baseName) || langchain)) app = null;
  else app = humanize(baseName);
  return { packageName, baseName, builtIn, isTrigger, app };
}

/** `googleSheetsOAuth2Api` → "Google Sheets OAuth2 API", `openAiApi` → "OpenAI API". */
export function credentialLabel(type: string): string {
  const known = Object.entries(APP_NAMES).find(([k]) => type.startsWith(k) && /^[A-Z]/.test(type.slice(k.length)));
  const rest = known ? type.slice(known[0].length) : type;
  const words = rest
    .replace(/OAuth2/g, ' OAuth2 ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => (w === 'Api' ? 'API' : w));
  const label = [known?.[1], ...words].filter(Boolean).join(' ');
  return label.charAt(0).toUpperCase() + label.slice(1);
}
