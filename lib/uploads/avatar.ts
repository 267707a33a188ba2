import 'server-only';
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '@/lib/errors';
import { AVATAR_MAX_BYTES, sniffImageType, type ImageType } from './image-type';

/**
 * Avatars on the local disk under `<DATA_DIR>/uploads/avatars/<uuid>.<ext>`, served by
 * app/api/avatars/[key]/route.ts. Minimal and self-contained on purpose: the general storage module
 * (lib/storage, local disk or S3) can take this over.
 */
const URL_PREFIX = '/api/avatars/';
const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(png|jpg|webp)$/;
const MIME: Record<string, ImageType['mime']> = { png: 'image/png', jpg: 'image/jpeg', webp: 'image/webp' };

function avatarDir(): string {
  return path.resolve(process.cwd(), process.env.DATA_DIR || '.data', 'uploads', 'avatars');
}

/** Checks size and content (magic bytes, not the name) and stores the image; answers its URL. */
export async function saveAvatar(file: File): Promise<string> {
  if (file.size === 0) throw new AppError('invalid', 'Choose an image.', { field: 'avatar' });
  if (file.size > AVATAR_MAX_BYTES) {
    throw new AppError('invalid', 'The image is larger than 1 MB.', { field: 'avatar' });
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = sniffImageType(bytes);
  if (!type) throw new AppError('invalid', 'Choose a PNG, JPEG or WebP image.', { field: 'avatar' });
  const key = `${randomUUID()}.${type.ext}`;
  await mkdir(avatarDir(), { recursive: true });
  await writeFile(path.join(avatarDir(), key), bytes, { flag: 'wx' });
  return `${URL_PREFIX}${key}`;
}

/** The stored image for a key from the URL, or null (unknown or malformed key). */
export async function readAvatar(key: string): Promise<{ bytes: Buffer; mime: ImageType['mime'] } | null> {
  if (!KEY.test(key)) return null;
  try {
    const bytes = await readFile(path.join(avatarDir(), key));
    return { bytes, mime: MIME[key.split('.').pop()!]! };
  } catch {
    return null;
  }
}

/** Deletes the file behind an avatar URL of ours (anything else is ignored). */
export async function deleteAvatar(url: string | null | undefined): Promise<void> {
  if (!url?.startsWith(URL_PREFIX)) return;
  const key = url.slice(URL_PREFIX.length);
  if (!KEY.test(key)) return;
  await rm(path.join(avatarDir(), key), { force: true });
}
