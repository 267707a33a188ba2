import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { readLibraryEntry } from '@/server/library';
import {
  approvePurchase,
  getInvoice,
  getLibraryEntry,
  getOwnedAsset,
  getOwnedWorkflowDefinition,
  listLibrary,
} from '@/db/queries/purchases';
import { users, workflowAssets, workflows } from '@/db/schema';
import { storage } from '@/lib/storage';
import { createTestPurchase, createTestUser, createTestWorkflow } from '../../../helpers/factories';
import { shop } from './helpers';

const dataDir = mkdtempSync(path.join(tmpdir(), 'usitech-library-'));
const previousDataDir = process.env.DATA_DIR;
beforeAll(() => {
  process.env.DATA_DIR = dataDir;
});
afterAll(() => {
  process.env.DATA_DIR = previousDataDir;
  rmSync(dataDir, { recursive: true, force: true });
});

async function ownedWorkflow() {
  const s = await shop();
  const purchase = await createTestPurchase(s.buyer.id, s.workflow.id);
  const approved = await approvePurchase(s.admin.id, purchase.id);
  const [file, doc, video] = await db
    .insert(workflowAssets)
    .values([
      {
        workflowId: s.workflow.id,
        kind: 'file',
        storageKey: `test/${s.workflow.slug}/setup-guide.md`,
        title: 'Setup guide',
        sortOrder: 0,
        contentType: 'text/markdown',
      },
      {
        workflowId: s.workflow.id,
        kind: 'doc',
        storageKey: `test/${s.workflow.slug}/notes.md`,
        title: 'Workflow notes',
        sortOrder: 1,
        contentType: 'text/markdown',
      },
      {
        workflowId: s.workflow.id,
        kind: 'video',
        storageKey: 'https://videos.example.test/walkthrough.mp4',
        title: 'Walkthrough',
        sortOrder: 2,
      },
      {
        workflowId: s.workflow.id,
        kind: 'image',
        storageKey: `/covers/${s.workflow.slug}.svg`,
        alt: 'cover',
        sortOrder: 0,
      },
    ])
    .returning();
  await storage().put(doc!.storageKey, '# Notes\n\nRead me first.');
  return { ...s, purchase, approved, file: file!, doc: doc!, video: video! };
}

describe('invoices', () => {
  it('open for the buyer and for admins, with the frozen details', async () => {
    const { buyer, admin, workflow, purchase, approved } = await ownedWorkflow();
    const mine = await getInvoice(buyer.id, approved.invoiceId);
    expect(mine).toMatchObject({
      id: approved.invoiceId,
      invoiceNumber: approved.invoiceNumber,
      amount: purchase.amount,
      currency: 'VND',
      buyer: { name: 'Nguyễn Văn An', email: buyer.email },
      seller: { name: 'USITech Marketplace' },
      purchase: { id: purchase.id, transferReference: purchase.transferReference },
      workflow: { title: workflow.title, slug: workflow.slug },
    });
    expect((await getInvoice(admin.id, approved.invoiceId))?.invoiceNumber).toBe(approved.invoiceNumber);
  });

  it('are not found for another shopper, a disabled admin, or a bad id', async () => {
    const { other, approved } = await ownedWorkflow();
    expect(await getInvoice(other.id, approved.invoiceId)).toBeNull();
    const formerAdmin = await createTestUser({ role: 'ADMIN' });
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, formerAdmin.id));
    expect(await getInvoice(formerAdmin.id, approved.invoiceId)).toBeNull();
    expect(await getInvoice(other.id, 'INV-2026-000001')).toBeNull();
  });
});

describe('the library', () => {
  it('lists what the buyer owns, including retired workflows, and nothing pending or rejected', async () => {
    const { buyer, workflow, approved } = await ownedWorkflow();
    const pending = await createTestWorkflow();
    await createTestPurchase(buyer.id, pending.id);
    const rejected = await createTestWorkflow();
    await createTestPurchase(buyer.id, rejected.id, { status: 'REJECT' });
    await db.update(workflows).set({ status: 'expired' }).where(eq(workflows.id, workflow.id));
    expect(await listLibrary(buyer.id)).toEqual([
      expect.objectContaining({
        workflowId: workflow.id,
        slug: workflow.slug,
        coverPath: `/covers/${workflow.slug}.svg`,
        invoiceId: approved.invoiceId,
        retired: true,
      }),
    ]);
  });

  it('opens an owned workflow with its docs read from storage, its files and its video', async () => {
    const { buyer, workflow, file, doc, video } = await ownedWorkflow();
    const entry = await readLibraryEntry(buyer.id, workflow.slug);
    expect(entry).toMatchObject({
      title: workflow.title,
      docs: [{ id: doc.id, title: 'Workflow notes', markdown: '# Notes\n\nRead me first.' }],
      files: [
        { id: file.id, title: 'Setup guide', kind: 'file', fileName: 'setup-guide.md' },
        { id: doc.id, title: 'Workflow notes', kind: 'doc', fileName: 'notes.md' },
      ],
      videos: [{ id: video.id, url: 'https://videos.example.test/walkthrough.mp4' }],
    });
  });

  it('hands out paid files and the workflow JSON to the owner only', async () => {
    const { buyer, other, admin, workflow, file, video } = await ownedWorkflow();
    expect(await getOwnedAsset(buyer.id, workflow.slug, file.id)).toEqual({
      storageKey: file.storageKey,
      contentType: 'text/markdown',
      fileName: 'setup-guide.md',
    });
    expect((await getOwnedWorkflowDefinition(buyer.id, workflow.slug))?.definition).toEqual(workflow.definition);
    for (const someone of [other.id, admin.id]) {
      expect(await getLibraryEntry(someone, workflow.slug)).toBeNull();
      expect(await getOwnedAsset(someone, workflow.slug, file.id)).toBeNull();
      expect(await getOwnedWorkflowDefinition(someone, workflow.slug)).toBeNull();
    }
    // Not through another workflow's slug, not a video URL, not a malformed id.
    const mineToo = await createTestWorkflow();
    const p = await createTestPurchase(buyer.id, mineToo.id);
    await approvePurchase(admin.id, p.id);
    expect(await getOwnedAsset(buyer.id, mineToo.slug, file.id)).toBeNull();
    expect(await getOwnedAsset(buyer.id, workflow.slug, video.id)).toBeNull();
    expect(await getOwnedAsset(buyer.id, workflow.slug, '../../etc/passwd')).toBeNull();
  });

  it('stays closed while the purchase is only pending', async () => {
    const { buyer, workflow } = await shop();
    await createTestPurchase(buyer.id, workflow.id);
    expect(await getLibraryEntry(buyer.id, workflow.slug)).toBeNull();
    expect(await getOwnedWorkflowDefinition(buyer.id, workflow.slug)).toBeNull();
    expect(await listLibrary(buyer.id)).toEqual([]);
  });
});
