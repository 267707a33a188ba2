import 'server-only';
import { randomBytes } from 'node:crypto';
import type { NewAsset } from '@/db/queries/admin/workflow-assets';
import { mediaPath, storageKeyOf } from '@/lib/assets/media';
import { AppError, em } from '@/lib/errors';
import { storage } from '@/lib/storage';
import { classifyUpload } from '@/lib/validations/admin/assets';

/** A posted file input: a File with content, or nothing chosen. */
export function postedFile(value: FormDataEntryValue | null): File | null {
  return value instanceof File && value.size > 0 ? value : null;
}

/**
 * Checks an uploaded file (type by extension and, for images, by its bytes; size per kind) and writes
 * it to storage under `workflows/<workflowId>/…`. Answers the asset row to insert. A refused file is an
 * AppError on `field`.
 */
export async function storeUpload(workflowId: string, file: File, field = 'file', only?: 'image'): Promise<NewAsset> {
  const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
  const upload = classifyUpload({ name: file.name, size: file.size, head });
  // classifyUpload answers a `validation` key (lib/validations/admin/assets.ts).
  if ('error' in upload) throw new AppError('invalid', upload.error, { field });
  if (only && upload.kind !== only) throw new AppError('invalid', em('imageType'), { field });
  const key = `workflows/${workflowId}/${randomBytes(4).toString('hex')}-${upload.fileName}`;
  await storage().put(key, new Uint8Array(await file.arrayBuffer()), upload.contentType);
  return {
    kind: upload.kind,
    storageKey: upload.kind === 'image' ? mediaPath(key) : key,
    sizeBytes: file.size,
    contentType: upload.contentType,
  };
}

/** Deletes stored objects after their rows are gone (or were never written). Failures are logged, not thrown. */
export async function discardStored(assetKeys: string[]): Promise<void> {
  const store = storage();
  for (const assetKey of assetKeys) {
    const key = storageKeyOf(assetKey);
    // Demo covers under /covers and video links are not in storage; demo files are shared by the seed.
    if (!key || !key.startsWith('workflows/')) continue;
    await store.delete(key).catch((error: unknown) => console.error(`[storage] could not delete ${key}:`, error));
  }
}
