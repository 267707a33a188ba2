import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { publishRelease } from '@/db/queries/admin/workflow-releases';
import { approvePurchase, downloadOwnedRelease, fetchImportRelease, listLibrary } from '@/db/queries/purchases';
import { purchases, releaseDownloads } from '@/db/schema';
import { signImportToken } from '@/lib/workflows/import-token';
import { readLibraryEntry, signedImportUrl } from '@/server/library';
import { createTestPurchase, createTestWorkflow } from '../../../helpers/factories';
import { shop } from './helpers';

const { GET: importRoute } = await import('@/app/api/n8n-import/[token]/route');

const definition = (name: string) => ({
  name,
  nodes: [
    { id: 'w', name: 'Webhook', type: 'n8n-nodes-base.webhook', typeVersion: 2, position: [0, 0], parameters: {} },
  ],
  connections: {},
});

/** A buyer who owns a workflow whose 1.0.0 came out before the purchase was approved. */
async function owned() {
  const s = await shop();
  const first = await publishRelease(
    s.admin.id,
    { workflowId: s.workflow.id, version: '1.0.0', changelog: 'First.', definition: definition('v1.0.0') },
    new Date('2026-01-01T00:00:00Z'),
  );
  const purchase = await createTestPurchase(s.buyer.id, s.workflow.id);
  await approvePurchase(s.admin.id, purchase.id);
  return { ...s, purchaseId: purchase.id, first };
}

const publishLater = (adminId: string, workflowId: string, version: string) =>
  publishRelease(
    adminId,
    { workflowId, version, changelog: `Version ${version}.`, definition: definition(`v${version}`) },
    new Date(Date.now() + 60_000),
  );

const rowsOf = (purchaseId: string) =>
  db.select().from(releaseDownloads).where(eq(releaseDownloads.purchaseId, purchaseId));

const callImport = (token: string) => importRoute(new Request('http://x/'), { params: Promise.resolve({ token }) });

describe('release downloads and "Update available" (issue 17)', () => {
  it('shows the current version, flags a newer release until the buyer downloads it, and records each download once', async () => {
    const { buyer, admin, workflow, purchaseId, first } = await owned();
    expect(await listLibrary(buyer.id)).toEqual([
      expect.objectContaining({ purchaseId, currentVersion: '1.0.0', updateAvailable: false }),
    ]);

    const next = await publishLater(admin.id, workflow.id, '1.1.0');
    expect(await listLibrary(buyer.id)).toEqual([
      expect.objectContaining({ currentVersion: '1.1.0', updateAvailable: true }),
    ]);
    const entry = await readLibraryEntry(buyer.id, workflow.slug);
    expect(entry?.updateAvailable).toBe(true);
    expect(entry?.releases.map((r) => [r.version, r.downloaded])).toEqual([
      ['1.1.0', false],
      ['1.0.0', false],
    ]);

    // An old release does not clear the badge; the latest one does.
    const old = await downloadOwnedRelease(buyer.id, workflow.slug, first.id, new Date('2026-02-01T00:00:00Z'));
    expect(old).toMatchObject({ version: '1.0.0', definition: { name: 'v1.0.0' } });
    expect((await listLibrary(buyer.id))[0]?.updateAvailable).toBe(true);
    const t1 = new Date('2026-03-01T00:00:00Z');
    const t2 = new Date('2026-03-02T00:00:00Z');
    expect(await downloadOwnedRelease(buyer.id, workflow.slug, null, t1)).toMatchObject({
      releaseId: next.id,
      version: '1.1.0',
      definition: { name: 'v1.1.0' },
    });
    await downloadOwnedRelease(buyer.id, workflow.slug, next.id, t2);
    expect((await listLibrary(buyer.id))[0]?.updateAvailable).toBe(false);
    const rows = await rowsOf(purchaseId);
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.releaseId === next.id)).toMatchObject({
      firstDownloadedAt: t1,
      lastDownloadedAt: t2,
      downloads: 2,
    });
    expect((await readLibraryEntry(buyer.id, workflow.slug))?.releases.map((r) => r.downloaded)).toEqual([true, true]);

    // Once the buyer has downloaded something, the next release is news again.
    await publishLater(admin.id, workflow.id, '1.2.0');
    expect((await listLibrary(buyer.id))[0]).toMatchObject({ currentVersion: '1.2.0', updateAvailable: true });
  });

  it('hands a release to its owner only', async () => {
    const { buyer, other, admin, workflow, first } = await owned();
    for (const someone of [other.id, admin.id]) {
      expect(await downloadOwnedRelease(someone, workflow.slug, first.id)).toBeNull();
      expect(await downloadOwnedRelease(someone, workflow.slug, null)).toBeNull();
    }
    // Not another workflow's release through this slug, not a malformed id.
    const elsewhere = await createTestWorkflow();
    const foreign = await publishRelease(admin.id, {
      workflowId: elsewhere.id,
      version: '1.0.0',
      changelog: 'x',
      definition: definition('foreign'),
    });
    expect(await downloadOwnedRelease(buyer.id, workflow.slug, foreign.id)).toBeNull();
    expect(await downloadOwnedRelease(buyer.id, workflow.slug, 'not-a-uuid')).toBeNull();
    expect(await db.select().from(releaseDownloads).where(eq(releaseDownloads.releaseId, foreign.id))).toEqual([]);
  });
});

describe('the signed import URL (issue 17)', () => {
  it('serves the release without a cookie, records it, and refuses a tampered or expired URL', async () => {
    const { buyer, workflow, purchaseId, first } = await owned();
    const entry = (await readLibraryEntry(buyer.id, workflow.slug))!;
    const signed = signedImportUrl(entry, first.id)!;
    expect(signed.url).toMatch(/^https?:\/\/[^/]+\/api\/n8n-import\/[0-9a-f-]{36}\.[0-9a-f-]{36}\.\d+\.[\w-]{43}$/);
    expect(signed.version).toBe('1.0.0');
    const token = signed.url.split('/').pop()!;

    const ok = await callImport(token);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('cache-control')).toBe('no-store');
    expect(await ok.json()).toEqual(definition('v1.0.0'));
    expect(await rowsOf(purchaseId)).toEqual([expect.objectContaining({ releaseId: first.id, downloads: 1 })]);

    const [p, r, e, s] = token.split('.') as [string, string, string, string];
    // Another last character of the signature (one in sixteen ends with 'A' already: the token unchanged).
    for (const bad of [
      `${p}.${r}.${Number(e) + 60}.${s}`,
      `${p}.${r}.${e}.${s.slice(0, -1)}${s.endsWith('A') ? 'Q' : 'A'}`,
      'nonsense',
    ]) {
      const refused = await callImport(bad);
      expect(refused.status, bad).toBe(403);
      expect(refused.headers.get('cache-control')).toBe('no-store');
    }
    // Signed 16 minutes ago: expired.
    const stale = signImportToken({ purchaseId, releaseId: first.id }, new Date(Date.now() - 16 * 60_000));
    expect((await callImport(stale.token)).status).toBe(403);
    // A release that is not one of the entry's gets no URL.
    expect(signedImportUrl(entry, '00000000-0000-4000-8000-000000000000')).toBeNull();
    expect(await rowsOf(purchaseId)).toEqual([expect.objectContaining({ downloads: 1 })]);
  });

  it('is refused as soon as the purchase is no longer ACTIVE, checked on every fetch', async () => {
    const { admin, purchaseId, first } = await owned();
    const { token } = signImportToken({ purchaseId, releaseId: first.id });
    expect((await callImport(token)).status).toBe(200);
    await db.update(purchases).set({ status: 'REJECT' }).where(eq(purchases.id, purchaseId));
    expect((await callImport(token)).status).toBe(403);
    expect(await fetchImportRelease(purchaseId, first.id)).toBeNull();

    // A token naming a release of another workflow (signed here, so only the DB can refuse it).
    await db.update(purchases).set({ status: 'ACTIVE' }).where(eq(purchases.id, purchaseId));
    const elsewhere = await createTestWorkflow();
    const foreign = await publishRelease(admin.id, {
      workflowId: elsewhere.id,
      version: '1.0.0',
      changelog: 'x',
      definition: definition('foreign'),
    });
    const crossed = signImportToken({ purchaseId, releaseId: foreign.id });
    expect((await callImport(crossed.token)).status).toBe(403);
    expect(
      await db
        .select()
        .from(releaseDownloads)
        .where(and(eq(releaseDownloads.purchaseId, purchaseId), eq(releaseDownloads.releaseId, foreign.id))),
    ).toEqual([]);
  });
});
