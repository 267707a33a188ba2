'use server';

import { withUploadedDefinition } from '@/lib/admin/definition-upload';
import { getTranslations } from 'next-intl/server';
import { publishRelease } from '@/db/queries/admin/workflow-releases';
import { validatedActionWithAdmin } from '@/actions/safe-action';
import { expireInAction, workflowChanged } from '@/server/cache/invalidate';
import { kickMailDelivery } from '@/server/mail';
import { publishReleaseSchema } from '@/lib/validations/admin/workflow-releases';

export const publishReleaseAction = validatedActionWithAdmin(
  publishReleaseSchema,
  async (data, admin) => {
    const release = await publishRelease(admin.id, data);
    if (release.buyersTold > 0) kickMailDelivery(); // the buyers' update emails
    expireInAction(workflowChanged(data.workflowId));
    const t = await getTranslations('admin');
    return { status: 'success', message: t('actions.published', { version: release.version }) };
  },
  { prepare: withUploadedDefinition },
);
