'use server';

import { addWorkflowAsset, deleteWorkflowAsset, moveWorkflowAsset } from '@/db/queries/admin/workflow-assets';
import { validatedActionWithAdmin } from '@/actions/safe-action';
import { expireInAction, workflowChanged } from '@/server/cache/invalidate';
import { discardStored, postedFile, storeUpload } from '@/lib/admin/asset-upload';
import { AppError } from '@/lib/errors';
import { assetIdSchema, assetMoveSchema, assetUploadSchema } from '@/lib/validations/admin/assets';

/** Adds an uploaded image, doc or file, or a video link, to a workflow. */
export const addWorkflowAssetAction = validatedActionWithAdmin(assetUploadSchema, async (data, admin, form) => {
  const file = postedFile(form.get('file'));
  if (!file && !data.videoUrl) throw new AppError('invalid', 'Choose a file, or give a video link.', { field: 'file' });
  if (file && data.videoUrl)
    throw new AppError('invalid', 'Add a file or a video link, one at a time.', { field: 'videoUrl' });
  const asset = file
    ? await storeUpload(data.workflowId, file)
    : { kind: 'video' as const, storageKey: data.videoUrl! };
  if (asset.kind === 'image' && !data.alt) {
    await discardStored([asset.storageKey]);
    throw new AppError('invalid', 'Describe the image for people who cannot see it.', { field: 'alt' });
  }
  try {
    await addWorkflowAsset(admin.id, data.workflowId, { ...asset, title: data.title, alt: data.alt });
  } catch (error) {
    await discardStored([asset.storageKey]);
    throw error;
  }
  expireInAction(workflowChanged(data.workflowId));
  return { status: 'success', message: `${asset.kind === 'video' ? 'Video' : file!.name} added.` };
});

export const deleteWorkflowAssetAction = validatedActionWithAdmin(assetIdSchema, async ({ assetId }, admin) => {
  const { storageKey, workflowId } = await deleteWorkflowAsset(admin.id, assetId);
  await discardStored([storageKey]);
  expireInAction(workflowChanged(workflowId));
  return { status: 'success', message: 'Removed.' };
});

export const moveWorkflowAssetAction = validatedActionWithAdmin(
  assetMoveSchema,
  async ({ assetId, direction }, admin) => {
    const { workflowId } = await moveWorkflowAsset(admin.id, assetId, direction);
    expireInAction(workflowChanged(workflowId));
    return { status: 'success', message: 'Moved.' };
  },
);
