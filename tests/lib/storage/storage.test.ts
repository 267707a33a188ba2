import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLocalStorage, isStorageKey, storage } from '@/lib/storage';

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
