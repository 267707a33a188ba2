import type { AdminWorkflowDetail } from '@/db/queries/admin/workflows';
import { WORKFLOW_PLATFORMS as PLATFORMS } from '@/lib/workflows/platforms';

/** The workflow form's values: every input as the text it holds. */
export type WorkflowFormValues = {
  id?: string;
  title: string;
  slug: string;
  shortDescription: string;
  description: string;
  titleVi: string;
  shortDescriptionVi: string;
  descriptionVi: string;
  price: string;
  status: 'active' | 'expired';
  features: string[];
  categoryIds: string[];
  platform: (typeof PLATFORMS)[number];
  apps: string;
  setupMinutes: string;
  level: string;
  definition: string;
};

/** A saved workflow as the edit form's starting values (all strings, as inputs hold them). */
export function toFormValues(w: AdminWorkflowDetail): WorkflowFormValues {
  const m = w.metadata;
  return {
    id: w.id,
    title: w.title,
    slug: w.slug,
    shortDescription: w.shortDescription,
    description: w.description,
    titleVi: w.titleVi ?? '',
    shortDescriptionVi: w.shortDescriptionVi ?? '',
    descriptionVi: w.descriptionVi ?? '',
    price: w.price.replace(/\.00$/, ''),
    status: w.status,
    features: w.features,
    categoryIds: w.categoryIds,
    platform: PLATFORMS.find((p) => p === m.platform) ?? 'n8n',
    apps: (m.apps ?? []).join(', '),
    setupMinutes: m.setupMinutes ? String(m.setupMinutes) : '',
    level: m.level ?? '',
    definition: JSON.stringify(w.definition, null, 2),
  };
}

export const EMPTY_WORKFLOW: WorkflowFormValues = {
  title: '',
  slug: '',
  shortDescription: '',
  description: '',
  titleVi: '',
  shortDescriptionVi: '',
  descriptionVi: '',
  price: '',
  status: 'active',
  features: [],
  categoryIds: [],
  platform: 'n8n',
  apps: '',
  setupMinutes: '',
  level: '',
  definition: '',
};
