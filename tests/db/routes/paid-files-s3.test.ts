import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/db';
import { approvePurchase } from '@/db/queries/purchases';
import { workflowAssets } from '@/db/schema';
import { storage } from '@/lib/storage';
import { startS3rver, type LocalS3 } from '@/scripts/lib/s3rver';
import { createTestPurchase } from '../../helpers/factories';
import { shop } from '../queries/purchases/helpers';

// The paid-file route with uploads in an S3-compatible bucket (a real s3rver): the owner downloads the
// bytes from the bucket; anybody else gets the same 404 as for a file that does not exist.
const session = vi.hoisted(() => ({ user: null as null | { id: string; role: 'USER' | 'ADMIN' } }));
vi.mock('@/server/auth/guards', () => ({
  getCurrentUser: async () =>
    session.user && {
      ...session.user,
      email: 'buyer@example.test',
      name: 'Buyer',
      avatarUrl: null,
      sessionVersion: 0,
      sessionId: 's',
    },
}));
const { GET } = await import('@/app/api/library/[slug]/files/[assetId]/route');

const directory = mkdtempSync(path.join(tmpdir(), 'usitech-s3-route-'));
let s3: LocalS3;
beforeAll(async () => {
  s3 = await startS3rver({ port: 0, directory, bucket: 'paid' });
  for (const [name, value] of Object.entries(s3.env)) vi.stubEnv(name, value);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await s3?.stop();
  rmSync(directory, { recursive: true, force: true });
});

const download = (slug: string, assetId: string) =>
  GET(new Request('http://shop.test/x'), { params: Promise.resolve({ slug, assetId }) });

describe('paid files in S3, served only through the ownership-checked route', () => {
  it('the owner downloads the bytes from the bucket; others, signed out and missing objects get 404', async () => {
    const s = await shop();
    const purchase = await createTestPurchase(s.buyer.id, s.workflow.id);
    await approvePurchase(s.admin.id, purchase.id);
    const key = `workflows/${s.workflow.id}/0a1b2c3d-setup.json`;
    const [file, lost] = await db
      .insert(workflowAssets)
      .values([
        {
          workflowId: s.workflow.id,
          kind: 'file',
          storageKey: key,
          title: 'Setup',
          sortOrder: 0,
          contentType: 'application/json',
        },
        { workflowId: s.workflow.id, kind: 'file', storageKey: `${key}.gone`, title: 'Gone', sortOrder: 1 },
      ])
      .returning();
    expect(storage().driver).toBe('s3');
    await storage().put(key, '{"nodes":["Tiếng Việt ✓"]}', 'application/json');
    // In the bucket's folder, not on the app's disk.
    expect(readdirSync(path.join(directory, 'paid'))).toContain('workflows');
    expect(existsSync(path.join(process.env.DATA_DIR ?? '.data', 'uploads', key))).toBe(false);

    session.user = { id: s.buyer.id, role: 'USER' };
    const res = await download(s.workflow.slug, file!.id);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="0a1b2c3d-setup.json"');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(await res.text()).toBe('{"nodes":["Tiếng Việt ✓"]}');
    expect((await download(s.workflow.slug, lost!.id)).status).toBe(404);

    session.user = { id: s.other.id, role: 'USER' };
    expect((await download(s.workflow.slug, file!.id)).status).toBe(404);
    session.user = null;
    expect((await download(s.workflow.slug, file!.id)).status).toBe(404);
  });
});
