import { z } from 'zod';
import type { AssetKind } from '@/db/schema';
import { idSchema } from './common';

const MB = 1024 * 1024;

/** What may be uploaded, by kind: images are shown to everyone, files and docs only to buyers. */
export const ASSET_RULES = {
  image: { maxBytes: 5 * MB, types: { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp', 'image/gif': 'gif' } },
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
for (const [kind, rule] of Object.entries(ASSET_RULES) as Array<[Exclude<AssetKind, 'video'>, { types: Record<string, string> }]>) {
  for (const [type, ext] of Object.entries(rule.types)) EXTENSIONS[ext] = { kind, type };
}
EXTENSIONS.jpeg = { kind: 'image', type: 'image/jpeg' };
EXTENSIONS.markdown = { kind: 'doc', type: 'text/markdown' };

/** The image formats by their first bytes: a renamed file cannot pass for an image (no SVG: it can carry script). */
function sniffImage(head: Uint8Array): string | null {
  const starts = (...bytes: number[]) => bytes.every((b, i) => head[i] === b);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'image/gif';
  if (starts(0x52, 0x49, 0x46, 0x46) && head[8] === 0x57 && head[9] === 0x45 && head[10] === 0x42 && head[11] === 0x50) return 'image/webp';
  return null;
}

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
export function classifyUpload(file: { name: string; size: number; head: Uint8Array }): ClassifiedUpload | { error: string } {
  const ext = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
  const known = EXTENSIONS[ext];
  if (!known) return { error: 'Upload an image (PNG, JPEG, WebP, GIF), a document (Markdown, text) or a file (PDF, ZIP, JSON, CSV).' };
  if (file.size === 0) return { error: 'This file is empty.' };
  const limit = ASSET_RULES[known.kind].maxBytes;
  if (file.size > limit) return { error: `This ${known.kind} is larger than ${limit / MB} MB.` };
  if (known.kind === 'image') {
    const sniffed = sniffImage(file.head);
    if (!sniffed) return { error: 'This file is not a PNG, JPEG, WebP or GIF image.' };
    return { kind: 'image', contentType: sniffed, fileName: safeFileName(file.name, ASSET_RULES.image.types[sniffed as keyof typeof ASSET_RULES.image.types]) };
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

export const assetUploadSchema = z
  .object({
    workflowId: idSchema,
    title: optionalText(120),
    alt: optionalText(200),
    videoUrl: z
      .string()
      .trim()
      .optional()
      .transform((v) => v || undefined)
      .pipe(z.url({ protocol: /^https$/, error: 'Give an https link.' }).max(500).optional()),
  });

export const assetIdSchema = z.object({ assetId: idSchema });
export const assetMoveSchema = z.object({ assetId: idSchema, direction: z.enum(['up', 'down']) });

export type AssetUploadInput = z.input<typeof assetUploadSchema>;
