import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLocalStorage, createS3Storage, isStorageKey, storage } from '@/lib/storage';
import { signRequest } from '@/lib/storage/sigv4';

const root = mkdtempSync(path.join(tmpdir(), 'usitech-storage-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('local storage', () => {
  const store = createLocalStorage(root);

  it('stores, reads, overwrites and deletes files by key', async () => {
    expect(await store.get('demo/a/setup-guide.md')).toBeNull();
    expect(await store.exists('demo/a/setup-guide.md')).toBe(false);
    await store.put('demo/a/setup-guide.md', '# Setup\n');
    expect(await store.exists('demo/a/setup-guide.md')).toBe(true);
    const got = await store.get('demo/a/setup-guide.md');
    expect(new TextDecoder().decode(got!.body)).toBe('# Setup\n');
    expect(got!.size).toBe(8);
    await store.put('demo/a/setup-guide.md', new Uint8Array([1, 2, 3]));
    expect([...(await store.get('demo/a/setup-guide.md'))!.body]).toEqual([1, 2, 3]);
    // Written through a temp file and renamed: nothing else is left in the folder.
    expect(readdirSync(path.join(root, 'demo/a'))).toEqual(['setup-guide.md']);
    await store.delete('demo/a/setup-guide.md');
    expect(await store.get('demo/a/setup-guide.md')).toBeNull();
    await store.delete('demo/a/setup-guide.md');
  });

  it('refuses keys that could leave its folder', async () => {
    for (const key of ['../secret', '/etc/passwd', 'a/../../b', '.hidden', 'a//b', '', 'a\\b', 'a b']) {
      expect(isStorageKey(key), key).toBe(false);
      await expect(store.get(key)).rejects.toThrow(/Not a storage key/);
      await expect(store.put(key, 'x')).rejects.toThrow(/Not a storage key/);
    }
  });

  it('is the default, under <DATA_DIR>/uploads', async () => {
    const store2 = storage({ DATA_DIR: root });
    expect(store2.driver).toBe('local');
    await store2.put('x/y.txt', 'hello');
    expect(readdirSync(path.join(root, 'uploads', 'x'))).toEqual(['y.txt']);
    expect(storage({ DATA_DIR: root, S3_ENDPOINT: 'http://s3.local', S3_BUCKET: 'b' }).driver).toBe('local');
  });
});

describe('S3 request signing (SigV4)', () => {
  it('reproduces the GET Object example of the AWS documentation', () => {
    // docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-header-based-auth.html, "Example: GET Object".
    const headers = signRequest({
      method: 'GET',
      url: new URL('https://examplebucket.s3.amazonaws.com/test.txt'),
      headers: { Range: 'bytes=0-9' },
      payloadHash: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      region: 'us-east-1',
      accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
      secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      date: new Date('2013-05-24T00:00:00Z'),
    });
    expect(headers.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, ' +
        'SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, ' +
        'Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
  });
});

describe('S3 storage driver', () => {
  // Not a real S3 (none runs here): an in-memory bucket behind fetch checks the requests it gets.
  const objects = new Map<string, Uint8Array>();
  const requests: string[] = [];
  const fakeS3: typeof fetch = async (input, init) => {
    const url = new URL(String(input));
    const method = init?.method ?? 'GET';
    const headers = init?.headers as Record<string, string>;
    requests.push(`${method} ${url.pathname}`);
    if (!headers.authorization?.startsWith('AWS4-HMAC-SHA256 Credential=KEY/'))
      return new Response('denied', { status: 403 });
    if (method === 'PUT') {
      objects.set(url.pathname, new Uint8Array(init!.body as Uint8Array));
      return new Response(null, { status: 200 });
    }
    if (method === 'DELETE') {
      objects.delete(url.pathname);
      return new Response(null, { status: 204 });
    }
    const body = objects.get(url.pathname);
    if (!body) return new Response('NoSuchKey', { status: 404 });
    return new Response(method === 'HEAD' ? null : new Blob([body as Uint8Array<ArrayBuffer>]), { status: 200 });
  };
  const store = createS3Storage(
    {
      endpoint: 'http://minio.local:9000/',
      bucket: 'uploads',
      region: 'auto',
      accessKeyId: 'KEY',
      secretAccessKey: 'SECRET',
    },
    fakeS3,
  );

  it('maps put/get/exists/delete onto signed path-style requests', async () => {
    await store.put('demo/a/file.md', '# hi');
    expect(await store.exists('demo/a/file.md')).toBe(true);
    expect(new TextDecoder().decode((await store.get('demo/a/file.md'))!.body)).toBe('# hi');
    await store.delete('demo/a/file.md');
    expect(await store.get('demo/a/file.md')).toBeNull();
    expect(requests).toEqual([
      'PUT /uploads/demo/a/file.md',
      'HEAD /uploads/demo/a/file.md',
      'GET /uploads/demo/a/file.md',
      'DELETE /uploads/demo/a/file.md',
      'GET /uploads/demo/a/file.md',
    ]);
  });
});
