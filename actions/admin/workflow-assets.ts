'use server';

import { revalidatePath } from 'next/cache';
import { addWorkflowAsset, deleteWorkflowAsset, moveWorkflowAsset } from '@/db/queries/admin/workflow-assets';
import type { ActionState } from '@/lib/forms/action-state';
import { validatedActionWithAdmin } from '@/actions/safe-action';
import { discardStored, postedFile, storeUpload } from '@/lib/admin/asset-upload';
import { AppError } from '@/lib/errors';
import { assetIdSchema, assetMoveSchema, assetUploadSchema } from '@/lib/validations/admin/assets';

/** Adds an uploaded image, doc or file, or a video link, to a workflow. */
export async function addWorkflowAssetAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  return validatedActionWithAdmin(assetUploadSchema, async (data, admin, form) => {
    const file = postedFile(form.get('file'));
    if (!file && !data.videoUrl) throw new AppError('invalid', 'Choose a file, or give a video link.', { field: 'file' });
    if (file && data.videoUrl) throw new AppError('invalid', 'Add a file or a video link, one at a time.', { field: 'videoUrl' });
    const asset = file ? await storeUpload(data.workflowId, file) : { kind: 'video' as const, storageKey: data.videoUrl! };
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
    revalidatePath('/', 'layout');
    return { status: 'success', message: `${asset.kind === 'video' ? 'Video' : file!.name} added.` };
  })(prev, formData);
}

export async function deleteWorkflowAssetAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  return validatedActionWithAdmin(assetIdSchema, async ({ assetId }, admin) => {
    const { storageKey } = await deleteWorkflowAsset(admin.id, assetId);
    await discardStored([storageKey]);
    revalidatePath('/', 'layout');
    return { status: 'success', message: 'Removed.' };
  })(prev, formData);
}

export async function moveWorkflowAssetAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  return validatedActionWithAdmin(assetMoveSchema, async ({ assetId, direction }, admin) => {
    await moveWorkflowAsset(admin.id, assetId, direction);
    revalidatePath('/', 'layout');
    return { status: 'success', message: 'Moved.' };
  })(prev, formData);
}
