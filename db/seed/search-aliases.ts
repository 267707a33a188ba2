/**
 * The search aliases of the demo shop (issue 15): each app of the demo's workflows under its own name (so a
 * search for it ranks the workflows using it first) and the other names shoppers type for it.
 */
import { normalizeAlias } from '../../lib/search/text';
import type { Executor } from '../client';
import { searchAliases } from '../schema';
import { seedWorkflows } from './content';

/** Other names → the app or phrase they mean. */
export const DEMO_SEARCH_ALIASES: readonly (readonly [alias: string, target: string])[] = [
  ['gsheets', 'Google Sheets'],
  ['gsheet', 'Google Sheets'],
  ['google sheet', 'Google Sheets'],
  ['gg sheet', 'Google Sheets'],
  ['gg sheets', 'Google Sheets'],
  ['g sheets', 'Google Sheets'],
  ['g sheet', 'Google Sheets'],
  ['gcal', 'Google Calendar'],
  ['gdrive', 'Google Drive'],
  ['wa', 'WhatsApp'],
  ['whats app', 'WhatsApp'],
  ['n8n ai agent', 'AI agent'],
  ['ai agents', 'AI agent'],
  ['chatgpt', 'OpenAI'],
  ['gpt', 'OpenAI'],
  ['ms teams', 'Microsoft Teams'],
  ['woo', 'WooCommerce'],
  ['postgresql', 'Postgres'],
  ['qbo', 'QuickBooks'],
  ['gh', 'GitHub'],
  ['giao hang nhanh', 'GHN'],
  ['giao hang tiet kiem', 'GHTK'],
  ['meinvoice', 'MISA meInvoice'],
  ['misa', 'MISA meInvoice'],
  ['zalo oa', 'Zalo'],
];

export async function seedSearchAliases(tx: Executor): Promise<void> {
  const own = [...new Set(seedWorkflows.flatMap((w) => w.apps))].map((app) => [app, app] as const);
  const rows = [...own, ...DEMO_SEARCH_ALIASES].map(([alias, target]) => ({ alias: normalizeAlias(alias), target }));
  await tx.insert(searchAliases).values(rows).onConflictDoNothing();
}
