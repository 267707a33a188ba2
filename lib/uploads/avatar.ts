import 'server-only';
import { randomUUID } from 'node:crypto';
import { AppError, em } from '@/lib/errors';
import { storage } from '@/lib/storage';
import { AVATAR_MAX_BYTES, sniffImageType, type ImageType } from './image-type';

/**
 * Avatars in the storage module (local disk under `<DATA_DIR>/uploads`, or S3) under
 * `avatars/<uuid>.<ext>`, served by app/api/avatars/[key]/route.ts.
 */
const URL_PREFIX = '/api/avatars/';
const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(png|jpg|webp)$/;
const MIME: Record<string, ImageType['mime']> = { png: 'image/png', jpg: 'image/jpeg', webp: 'image/webp' };

const storageKey = (key: string) => `avatars/${key}`;

/** Checks size and content (magic bytes, not the name) and stores the image; answers its URL. */
export async function saveAvatar(file: File): Promise<string> {
  if (file.size === 0) throw new AppError('invalid', em('imageRequired'), { field: 'avatar' });
  if (file.size > AVATAR_MAX_BYTES) {
    throw new AppError('invalid', em('imageTooLarge'), { field: 'avatar' });
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = sniffImageType(bytes);
  if (!type) throw new AppError('invalid', em('imageType'), { field: 'avatar' });
  const key = `${randomUUID()}.${type.ext}`;
  await storage().put(storageKey(key), bytes, type.mime);
  return `${URL_PREFIX}${key}`;
}

/** The stored image for a key from the URL, or null (unknown or malformed key). */
export async function readAvatar(key: string): Promise<{ bytes: Uint8Array; mime: ImageType['mime'] } | null> {
  if (!KEY.test(key)) return null;
  const object = await storage().get(storageKey(key));
  return object ? { bytes: object.body, mime: MIME[key.split('.').pop()!]! } : null;
}

/** Deletes the file behind an avatar URL of ours (anything else is ignored). */
export async function deleteAvatar(url: string | null | undefined): Promise<void> {
  if (!url?.startsWith(URL_PREFIX)) return;
  const key = url.slice(URL_PREFIX.length);
  if (!KEY.test(key)) return;
  await storage().delete(storageKey(key));
}
