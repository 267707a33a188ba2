import { z } from 'zod';
import type { AssetKind } from '@/db/schema';
import { videoSource } from '@/lib/assets/video';
import { sniffImageType } from '@/lib/uploads/image-type';
import { vm, type ValidationKey } from '../messages';
import { idSchema } from './common';

const MB = 1024 * 1024;

/** What may be uploaded, by kind: images are shown to everyone, files and docs only to buyers. */
export const ASSET_RULES = {
  image: { maxBytes: 5 * MB, types: { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' } },
  doc: { maxBytes: 2 * MB, types: { 'text/markdown': 'md', 'text/plain': 'txt' } },
  file: {
    maxBytes: 8 * MB,
    types: { 'application/pdf': 'pdf', 'application/zip': 'zip', 'application/json': 'json', 'text/csv': 'csv' },
  },
} as const satisfies Record<Exclude<AssetKind, 'video'>, { maxBytes: number; types: Record<string, string> }>;

/** "This image is larger than 5 MB.", per kind: the limits above, written into each message's words. */
const TOO_LARGE = {
  image: vm('imageTooLarge'),
  doc: vm('docTooLarge'),
  file: vm('fileTooLarge'),
} as const satisfies Record<keyof typeof ASSET_RULES, ValidationKey>;

export const ASSET_ACCEPT = [
  ...Object.values(ASSET_RULES).flatMap((r) => Object.entries(r.types).flatMap(([type, ext]) => [type, `.${ext}`])),
  '.jpeg',
  '.markdown',
].join(',');

const EXTENSIONS: Record<string, { kind: Exclude<AssetKind, 'video'>; type: string }> = {};
for (const [kind, rule] of Object.entries(ASSET_RULES) as Array<
  [Exclude<AssetKind, 'video'>, { types: Record<string, string> }]
>) {
  for (const [type, ext] of Object.entries(rule.types)) EXTENSIONS[ext] = { kind, type };
}
EXTENSIONS.jpeg = { kind: 'image', type: 'image/jpeg' };
EXTENSIONS.markdown = { kind: 'doc', type: 'text/markdown' };

export type ClassifiedUpload = { kind: Exclude<AssetKind, 'video'>; contentType: string; fileName: string };

/** "Setup Guide (v2).PDF" → "setup-guide-v2.pdf": the name buyers download it under. */
export function safeFileName(name: string, ext: string): string {
  const base = name
    .replace(/\.[^.]*$/, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${base || 'file'}.${ext}`;
}

/**
 * Decides what an uploaded file is from its extension (and, for images, its first bytes), and checks
 * the size limit of that kind. Answers the kind, the content type to store, and a safe file name; or
 * why the file is refused, as a key of the `validation` namespace (lib/admin/asset-upload.ts throws it
 * as an AppError, which the action wrapper translates).
 */
export function classifyUpload(file: {
  name: string;
  size: number;
  head: Uint8Array;
}): ClassifiedUpload | { error: ValidationKey } {
  const ext = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
  const known = EXTENSIONS[ext];
  if (!known) return { error: vm('uploadTypeUnsupported') };
  if (file.size === 0) return { error: vm('fileEmpty') };
  if (file.size > ASSET_RULES[known.kind].maxBytes) return { error: TOO_LARGE[known.kind] };
  if (known.kind === 'image') {
    // By its first bytes: a renamed file cannot pass for an image (and no SVG, which can carry script).
    const sniffed = sniffImageType(file.head);
    if (!sniffed) return { error: vm('fileNotImage') };
    return { kind: 'image', contentType: sniffed.mime, fileName: safeFileName(file.name, sniffed.ext) };
  }
  return { kind: known.kind, contentType: known.type, fileName: safeFileName(file.name, ext === 'jpeg' ? 'jpg' : ext) };
}

const optionalText = (max: number, tooLong: ValidationKey) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .optional()
    .transform((v) => v || undefined);

export const assetUploadSchema = z.object({
  workflowId: idSchema,
  title: optionalText(120, vm('maxChars120')),
  alt: optionalText(200, vm('maxChars200')),
  videoUrl: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined)
    .pipe(
      z
        .url({ protocol: /^https$/, error: vm('httpsLinkRequired') })
        .max(500)
        .refine((link) => videoSource(link) !== null, vm('videoLinkUnsupported'))
        .optional(),
    ),
});

export const assetIdSchema = z.object({ assetId: idSchema });
export const assetMoveSchema = z.object({ assetId: idSchema, direction: z.enum(['up', 'down']) });

export type AssetUploadInput = z.input<typeof assetUploadSchema>;
