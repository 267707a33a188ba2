import { describe, expect, it } from 'vitest';
import { mediaPath, storageKeyOf } from '@/lib/assets/media';
import { classifyUpload as classify, safeFileName } from '@/lib/validations/admin/assets';
import { inEnglish } from '@/lib/validations/messages';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0]);
const WEBP = new Uint8Array([0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50]);
const TEXT = new TextEncoder().encode('<svg onload=alert(1)>');

/** classifyUpload with a refusal in its English words (it answers a key of the `validation` namespace). */
const classifyUpload = (file: Parameters<typeof classify>[0]) => {
  const result = classify(file);
  return 'error' in result ? { error: inEnglish(result.error) } : result;
};

describe('uploads', () => {
  it('tells images by their bytes, and gives a safe file name', () => {
    expect(classifyUpload({ name: 'Ảnh bìa (v2).PNG', size: 1000, head: PNG })).toEqual({
      kind: 'image',
      contentType: 'image/png',
      fileName: 'anh-bia-v2.png',
    });
    expect(classifyUpload({ name: 'photo.png', size: 1000, head: JPEG })).toEqual({
      kind: 'image',
      contentType: 'image/jpeg',
      fileName: 'photo.jpg',
    });
    expect(classifyUpload({ name: 'x.webp', size: 10, head: WEBP })).toMatchObject({
      kind: 'image',
      contentType: 'image/webp',
    });
    expect(classifyUpload({ name: 'fake.png', size: 10, head: TEXT })).toEqual({
      error: 'This file is not a PNG, JPEG or WebP image.',
    });
  });

  it('refuses unknown types, SVG, empty files and files over the limit of their kind', () => {
    expect(classifyUpload({ name: 'logo.svg', size: 10, head: TEXT })).toHaveProperty('error');
    expect(classifyUpload({ name: 'run.exe', size: 10, head: TEXT })).toHaveProperty('error');
    expect(classifyUpload({ name: 'a.pdf', size: 0, head: TEXT })).toEqual({ error: 'This file is empty.' });
    expect(classifyUpload({ name: 'big.png', size: 6 * 1024 * 1024, head: PNG })).toEqual({
      error: 'This image is larger than 5 MB.',
    });
    expect(classifyUpload({ name: 'guide.pdf', size: 9 * 1024 * 1024, head: TEXT })).toEqual({
      error: 'This file is larger than 8 MB.',
    });
  });

  it('sorts docs and files for the buyer’s library', () => {
    expect(classifyUpload({ name: 'Setup Guide.md', size: 10, head: TEXT })).toEqual({
      kind: 'doc',
      contentType: 'text/markdown',
      fileName: 'setup-guide.md',
    });
    expect(classifyUpload({ name: 'export.JSON', size: 10, head: TEXT })).toEqual({
      kind: 'file',
      contentType: 'application/json',
      fileName: 'export.json',
    });
    expect(safeFileName('...', 'pdf')).toBe('file.pdf');
  });

  it('maps public image paths to storage keys and back', () => {
    expect(mediaPath('workflows/a/b.png')).toBe('/media/workflows/a/b.png');
    expect(storageKeyOf('/media/workflows/a/b.png')).toBe('workflows/a/b.png');
    expect(storageKeyOf('demo/x/setup-guide.md')).toBe('demo/x/setup-guide.md');
    expect(storageKeyOf('/covers/x.svg')).toBeNull();
    expect(storageKeyOf('https://example.com/v.mp4')).toBeNull();
  });
});
