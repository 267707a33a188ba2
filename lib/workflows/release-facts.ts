import { analyzeWorkflow } from './analyze';
import { parseWorkflow } from './n8n-json';

/** What a release records of its JSON: the minimum n8n version (lib/workflows/analyze.ts) and the node types it uses. */
export function releaseFacts(definition: unknown): { minN8nVersion: string | null; nodeTypes: string[] } {
  return {
    minN8nVersion: analyzeWorkflow(definition).minN8nVersion,
    nodeTypes: [...new Set(parseWorkflow(definition).nodes.map((n) => n.type))].sort(),
  };
}
