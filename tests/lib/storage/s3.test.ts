import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createS3Storage, storage, type Storage } from '@/lib/storage';
import { startS3rver, type LocalS3 } from '@/scripts/lib/s3rver';

// A real S3-compatible server (s3rver) on a free port, files in a temp folder. It reads the SigV4
// Authorization header and knows one access key (it does not recompute V4 signatures).
const directory = mkdtempSync(path.join(tmpdir(), 'usitech-s3rver-'));
let s3: LocalS3;
let store: Storage;

beforeAll(async () => {
  s3 = await startS3rver({ port: 0, directory, bucket: 'uploads' });
  store = storage({ DATA_DIR: directory, ...s3.env });
});

afterAll(async () => {
  await s3?.stop();
  rmSync(directory, { recursive: true, force: true });
});

describe('S3 storage (AWS SDK) against s3rver', () => {
  it('is chosen when every S3_* variable is set', () => {
    expect(store.driver).toBe('s3');
  });

  it('puts, reads back (streamed body), overwrites and deletes an object', async () => {
    expect(await store.exists('demo/a/setup-guide.md')).toBe(false);
    await store.put('demo/a/setup-guide.md', '# Setup — tiếng Việt ✓\n', 'text/markdown');
    expect(await store.exists('demo/a/setup-guide.md')).toBe(true);
    const got = await store.get('demo/a/setup-guide.md');
    expect(new TextDecoder().decode(got!.body)).toBe('# Setup — tiếng Việt ✓\n');
    expect(got!.size).toBe(new TextEncoder().encode('# Setup — tiếng Việt ✓\n').byteLength);
    // The bucket really holds it: s3rver keeps objects as files under its directory.
    expect(existsSync(path.join(directory, 'uploads', 'demo', 'a'))).toBe(true);

    await store.put('demo/a/setup-guide.md', new Uint8Array([0, 1, 2, 255]));
    expect([...(await store.get('demo/a/setup-guide.md'))!.body]).toEqual([0, 1, 2, 255]);

    await store.delete('demo/a/setup-guide.md');
    expect(await store.get('demo/a/setup-guide.md')).toBeNull();
    expect(await store.exists('demo/a/setup-guide.md')).toBe(false);
    // Deleting what is not there is not an error (as on the local disk).
    await store.delete('demo/a/setup-guide.md');
  });

  it('answers null / false for a missing object (the "not found" of the storage layer)', async () => {
    expect(await store.get('nothing/here.pdf')).toBeNull();
    expect(await store.exists('nothing/here.pdf')).toBe(false);
  });

  it('stores a large binary file byte for byte', async () => {
    const big = randomBytes(12 * 1024 * 1024 + 7);
    await store.put('workflows/big/archive.zip', big, 'application/zip');
    const got = await store.get('workflows/big/archive.zip');
    expect(got!.size).toBe(big.byteLength);
    expect(Buffer.from(got!.body).equals(big)).toBe(true);
  });

  it('keeps every character a key may hold, and refuses other keys before any request', async () => {
    const key = 'workflows/0f3a_b-c/1a2b3c4d-Huong-dan_v1.2.final.pdf';
    await store.put(key, 'ok');
    expect(new TextDecoder().decode((await store.get(key))!.body)).toBe('ok');
    // Keys are ASCII segments (lib/storage/types.ts; upload names pass through safeFileName first):
    // a Unicode, spaced or escaping key is refused by the driver, so it never reaches the bucket.
    for (const bad of ['workflows/x/hướng-dẫn.pdf', 'workflows/x/a b.pdf', '../outside', 'a/%2e%2e/b']) {
      await expect(store.put(bad, 'x'), bad).rejects.toThrow(/Not a storage key/);
      await expect(store.get(bad), bad).rejects.toThrow(/Not a storage key/);
    }
  });

  it('is refused by the store with an unknown access key (requests carry the credentials)', async () => {
    const wrong = createS3Storage({ ...s3Config(), accessKeyId: 'SOMEONE-ELSE' });
    await expect(wrong.put('demo/x.txt', 'x')).rejects.toThrow(/Access Key Id/i);
    expect(await store.exists('demo/x.txt')).toBe(false);
  });

  it('reports a missing bucket as an error, not as a missing object', async () => {
    const noBucket = createS3Storage({ ...s3Config(), bucket: 'no-such-bucket' });
    await expect(noBucket.get('demo/x.txt')).rejects.toThrow(/bucket/i);
    await expect(noBucket.put('demo/x.txt', 'x')).rejects.toThrow(/bucket/i);
  });
});

function s3Config() {
  return {
    endpoint: s3.url,
    bucket: s3.bucket,
    region: 'us-east-1',
    accessKeyId: s3.accessKeyId,
    secretAccessKey: s3.secretAccessKey,
  };
}
