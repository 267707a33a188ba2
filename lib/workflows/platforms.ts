/**
 * The automation platforms a template is made for (`workflows.metadata.platform`, `n8n` when absent):
 * the admin form's choice, the catalog's "Platform" filter and the cards' badge. Brand names, the same in
 * every language. Pure code: client and server components import it.
 */
export const WORKFLOW_PLATFORMS = ['n8n', 'make', 'zapier'] as const;
export type WorkflowPlatform = (typeof WORKFLOW_PLATFORMS)[number];

export const PLATFORM_NAMES: Record<WorkflowPlatform, string> = { n8n: 'n8n', make: 'Make', zapier: 'Zapier' };

export function isWorkflowPlatform(value: unknown): value is WorkflowPlatform {
  return typeof value === 'string' && (WORKFLOW_PLATFORMS as readonly string[]).includes(value);
}
