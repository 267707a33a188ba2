import { z } from 'zod';
import type { AssetKind } from '@/db/schema';
import { UNSUPPORTED_VIDEO_MESSAGE, videoSource } from '@/lib/assets/video';
import { sniffImageType } from '@/lib/uploads/image-type';
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
 * the size limit of that kind. Answers the kind, the content type to store, and a safe file name.
 */
export function classifyUpload(file: {
  name: string;
  size: number;
  head: Uint8Array;
}): ClassifiedUpload | { error: string } {
  const ext = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
  const known = EXTENSIONS[ext];
  if (!known)
    return { error: 'Upload an image (PNG, JPEG, WebP), a document (Markdown, text) or a file (PDF, ZIP, JSON, CSV).' };
  if (file.size === 0) return { error: 'This file is empty.' };
  const limit = ASSET_RULES[known.kind].maxBytes;
  if (file.size > limit) return { error: `This ${known.kind} is larger than ${limit / MB} MB.` };
  if (known.kind === 'image') {
    // By its first bytes: a renamed file cannot pass for an image (and no SVG, which can carry script).
    const sniffed = sniffImageType(file.head);
    if (!sniffed) return { error: 'This file is not a PNG, JPEG or WebP image.' };
    return { kind: 'image', contentType: sniffed.mime, fileName: safeFileName(file.name, sniffed.ext) };
  }
  return { kind: known.kind, contentType: known.type, fileName: safeFileName(file.name, ext === 'jpeg' ? 'jpg' : ext) };
}

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .optional()
    .transform((v) => v || undefined);

export const assetUploadSchema = z.object({
  workflowId: idSchema,
  title: optionalText(120),
  alt: optionalText(200),
  videoUrl: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined)
    .pipe(
      z
        .url({ protocol: /^https$/, error: 'Give an https link.' })
        .max(500)
        .refine((link) => videoSource(link) !== null, UNSUPPORTED_VIDEO_MESSAGE)
        .optional(),
    ),
});

export const assetIdSchema = z.object({ assetId: idSchema });
export const assetMoveSchema = z.object({ assetId: idSchema, direction: z.enum(['up', 'down']) });

export type AssetUploadInput = z.input<typeof assetUploadSchema>;
