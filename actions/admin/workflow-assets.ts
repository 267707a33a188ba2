'use server';

import { getTranslations } from 'next-intl/server';
import { addWorkflowAsset, deleteWorkflowAsset, moveWorkflowAsset } from '@/db/queries/admin/workflow-assets';
import { validatedActionWithAdmin } from '@/actions/safe-action';
import { expireInAction, workflowChanged } from '@/server/cache/invalidate';
import { discardStored, postedFile, storeUpload } from '@/lib/admin/asset-upload';
import { AppError, em } from '@/lib/errors';
import { assetIdSchema, assetMoveSchema, assetUploadSchema } from '@/lib/validations/admin/assets';

/** Adds an uploaded image, doc or file, or a video link, to a workflow. */
export const addWorkflowAssetAction = validatedActionWithAdmin(assetUploadSchema, async (data, admin, form) => {
  const t = await getTranslations('admin');
  const file = postedFile(form.get('file'));
  if (!file && !data.videoUrl) throw new AppError('invalid', em('assetChooseOne'), { field: 'file' });
  if (file && data.videoUrl) throw new AppError('invalid', em('assetOneAtATime'), { field: 'videoUrl' });
  const asset = file
    ? await storeUpload(data.workflowId, file)
    : { kind: 'video' as const, storageKey: data.videoUrl! };
  if (asset.kind === 'image' && !data.alt) {
    await discardStored([asset.storageKey]);
    throw new AppError('invalid', em('assetDescribeImage'), { field: 'alt' });
  }
  try {
    await addWorkflowAsset(admin.id, data.workflowId, { ...asset, title: data.title, alt: data.alt });
  } catch (error) {
    await discardStored([asset.storageKey]);
    throw error;
  }
  expireInAction(workflowChanged(data.workflowId));
  return {
    status: 'success',
    message: asset.kind === 'video' ? t('actions.videoAdded') : t('actions.fileAdded', { name: file!.name }),
  };
});

export const deleteWorkflowAssetAction = validatedActionWithAdmin(assetIdSchema, async ({ assetId }, admin) => {
  const { storageKey, workflowId } = await deleteWorkflowAsset(admin.id, assetId);
  await discardStored([storageKey]);
  expireInAction(workflowChanged(workflowId));
  return { status: 'success', message: (await getTranslations('admin'))('actions.removed') };
});

export const moveWorkflowAssetAction = validatedActionWithAdmin(
  assetMoveSchema,
  async ({ assetId, direction }, admin) => {
    const { workflowId } = await moveWorkflowAsset(admin.id, assetId, direction);
    expireInAction(workflowChanged(workflowId));
    return { status: 'success', message: (await getTranslations('admin'))('actions.moved') };
  },
);
