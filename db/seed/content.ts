/**
 * The demo shop's catalogue: categories and workflow templates. Pure data plus the helpers that turn an
 * entry into database values (slug, price string, markdown description, metadata).
 */
import { slugify } from '../../lib/slug';
import type { WorkflowMetadata } from '../schema';
import { financeCommerceWorkflows } from './content-finance-commerce';
import { devopsWorkflows } from './content-devops';
import { growthWorkflows } from './content-growth';
import { hrWorkflows } from './content-hr';
import { serviceAiWorkflows } from './content-service-ai';

export type SeedCategory = {
  name: string;
  slug: string;
  description: string;
  /** A lucide icon name; the UI maps it to a component (falls back to a generic icon). */
  icon: string;
  /** Gradient colours of the category's covers (not stored). */
  colors: readonly [string, string];
};

/** What starts the workflow; app triggers (gmail, shopify…) count as that app. */
export type TriggerKind =
  | 'manual'
  | 'schedule'
  | 'webhook'
  | 'form'
  | 'gmail'
  | 'shopify'
  | 'telegram'
  | 'stripe'
  | 'typeform'
  | 'github'
  | 'rss'
  | 'woocommerce'
  | 'jira'
  | 'calendly'
  | 'slack'
  | 'error';

export type Level = NonNullable<WorkflowMetadata['level']>;

export type SeedWorkflow = {
  title: string;
  /** One sentence for cards. */
  short: string;
  /** The opening paragraph of the description: the problem it solves. */
  intro: string;
  features: string[];
  /** Price in thousands of VND (390 → 390,000 ₫). */
  price: number;
  /** Category slugs, 1–3. */
  cats: string[];
  /** Human app names, in the order the workflow uses them. */
  apps: string[];
  trigger: TriggerKind;
  level: Level;
  minutes: number;
  /** An IF node before the last step(s): [node name, boolean n8n expression]. */
  branch?: readonly [string, string];
  /** With OpenAI: a tool-using AI Agent instead of a single model call. */
  agent?: boolean;
  /** With an agent: apps the agent calls as tools (sub-nodes) instead of steps in the chain. */
  tools?: string[];
  /** The trigger's app also takes the last step (a bot reply, a thread answer). */
  reply?: boolean;
  /** An HTTP Request step (health check, public API) to this placeholder URL. */
  http?: string;
};

export const seedCategories: readonly SeedCategory[] = [
  {
    name: 'Marketing',
    slug: 'marketing',
    description: 'Campaigns, content and social posting on autopilot, from lead capture to newsletters.',
    icon: 'megaphone',
    colors: ['#f97316', '#db2777'],
  },
  {
    name: 'Sales & CRM',
    slug: 'sales-crm',
    description: 'Keep the pipeline clean: enrich leads, sync contacts and alert the team on hot deals.',
    icon: 'handshake',
    colors: ['#2563eb', '#7c3aed'],
  },
  {
    name: 'Customer Support',
    slug: 'customer-support',
    description: 'Route tickets, answer common questions and never miss an unhappy customer.',
    icon: 'life-buoy',
    colors: ['#0891b2', '#2563eb'],
  },
  {
    name: 'AI Agents',
    slug: 'ai-agents',
    description: 'LLM-powered agents that read, summarise, classify and draft for you.',
    icon: 'bot',
    colors: ['#7c3aed', '#c026d3'],
  },
  {
    name: 'Finance & Accounting',
    slug: 'finance-accounting',
    description: 'Invoices, payments, reconciliation and reports without copy-paste.',
    icon: 'wallet',
    colors: ['#059669', '#0d9488'],
  },
  {
    name: 'E-commerce',
    slug: 'e-commerce',
    description: 'Orders, stock and customer messages for Shopify and WooCommerce stores.',
    icon: 'shopping-cart',
    colors: ['#ea580c', '#ca8a04'],
  },
  {
    name: 'DevOps & IT',
    slug: 'devops-it',
    description: 'Alerts, deployments, backups and on-call routines for engineering teams.',
    icon: 'server',
    colors: ['#334155', '#0f766e'],
  },
  {
    name: 'HR & Operations',
    slug: 'hr-operations',
    description: 'Onboarding, leave requests, recruiting pipelines and the daily back office.',
    icon: 'users',
    colors: ['#be123c', '#9333ea'],
  },
];

export const seedWorkflows: readonly SeedWorkflow[] = [
  ...growthWorkflows,
  ...serviceAiWorkflows,
  ...financeCommerceWorkflows,
  ...devopsWorkflows,
  ...hrWorkflows,
];

export { slugify };

/** Every third demo workflow has a second gallery image (`/covers/<slug>-2.svg`). */
export function hasGalleryImage(index: number): boolean {
  return index % 3 === 0;
}

/** Thousands of VND → the numeric(12,2) string the database stores. */
export function priceString(thousands: number): string {
  return `${thousands * 1000}.00`;
}

const levelNotes: Record<Level, string> = {
  beginner: 'No code required: every step is a standard node and the defaults work for most teams.',
  intermediate: 'Comfortable with n8n expressions? You will want to adjust a field mapping or two to match your data.',
  advanced: 'Built for teams who already run n8n in production: it uses code nodes and error branches you can extend.',
};

function listApps(apps: readonly string[]): string {
  if (apps.length <= 1) return apps.join('');
  return `${apps.slice(0, -1).join(', ')} and ${apps[apps.length - 1]}`;
}

/** The workflow's long description: markdown with a heading and a bullet list, no raw HTML. */
export function buildDescription(w: SeedWorkflow): string {
  return [
    w.intro,
    '## How it works',
    w.features.map((f) => `- ${f}`).join('\n'),
    '## Before you start',
    `You need accounts on ${listApps(w.apps)}. Import the JSON into n8n, connect each credential, ` +
      `then run it once with test data: setup takes about ${w.minutes} minutes. ${levelNotes[w.level]}`,
  ].join('\n\n');
}

export function buildMetadata(w: SeedWorkflow): WorkflowMetadata {
  return { platform: 'n8n', apps: [...w.apps], setupMinutes: w.minutes, level: w.level };
}
