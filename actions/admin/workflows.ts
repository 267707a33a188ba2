'use server';

import { withUploadedDefinition } from '@/lib/admin/definition-upload';
import { randomUUID } from 'node:crypto';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { isLocale, localizedPath, type Locale } from '@/i18n/routing';
import { createWorkflow, deleteWorkflow, updateWorkflow } from '@/db/queries/admin/workflow-write';
import { errorState, validatedActionWithAdmin } from '@/actions/safe-action';
import { expireInAction, workflowChanged } from '@/server/cache/invalidate';
import { discardStored, postedFile, storeUpload } from '@/lib/admin/asset-upload';
import { requireAdmin } from '@/server/auth/guards';
import { renderMarkdown } from '@/lib/markdown';
import { withSlug } from '@/lib/validations/admin/common';
import { workflowDeleteSchema, workflowFormSchema, workflowUpdateSchema } from '@/lib/validations/admin/workflows';
import { markActionStarted } from '@/lib/http/response-status';

/** The language of the page that posted (its /vi prefix): a redirect stays in it. */
async function localeOfRequest(): Promise<Locale> {
  const locale = await getLocale();
  return isLocale(locale) ? locale : 'en';
}

export const createWorkflowAction = validatedActionWithAdmin(
  workflowFormSchema,
  async (data, admin, form) => {
    // The cover is stored under the id the workflow is about to get, and removed again if it is not created.
    const id = randomUUID();
    const file = postedFile(form.get('coverImage'));
    const cover = file ? await storeUpload(id, file, 'coverImage', 'image') : undefined;
    let created: { id: string };
    try {
      created = await createWorkflow(admin.id, withSlug(data, data.title), {
        id,
        cover: cover && { ...cover, alt: data.title },
      });
    } catch (error) {
      if (cover) await discardStored([cover.storageKey]);
      throw error;
    }
    expireInAction(workflowChanged(created.id));
    redirect(localizedPath(await localeOfRequest(), `/admin/workflows/${created.id}?created=1`));
  },
  { prepare: withUploadedDefinition },
);

export const updateWorkflowAction = validatedActionWithAdmin(
  workflowUpdateSchema,
  async ({ id, ...data }, admin) => {
    await updateWorkflow(admin.id, id, withSlug(data, data.title));
    expireInAction(workflowChanged(id));
    return { status: 'success', message: (await getTranslations('admin'))('actions.saved') };
  },
  { prepare: withUploadedDefinition },
);

export const deleteWorkflowAction = validatedActionWithAdmin(workflowDeleteSchema, async ({ id }, admin) => {
  const result = await deleteWorkflow(admin.id, id);
  expireInAction(workflowChanged(id));
  if (result.outcome === 'expired') {
    return { status: 'success', message: (await getTranslations('admin'))('actions.retired') };
  }
  await discardStored(result.storageKeys);
  redirect(localizedPath(await localeOfRequest(), '/admin/workflows?deleted=1'));
});

/** The description as the shop will show it (rendered and sanitised here, never in the browser). */
export async function previewMarkdownAction(markdown: string): Promise<string> {
  markActionStarted();
  try {
    await requireAdmin();
    return renderMarkdown(typeof markdown === 'string' ? markdown.slice(0, 20_000) : '');
  } catch (error) {
    const state = await errorState(error);
    const t = await getTranslations('admin');
    return `<p>${state.status === 'error' ? t('actions.previewFailed') : ''}</p>`;
  }
}
