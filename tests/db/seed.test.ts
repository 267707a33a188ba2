import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, count, desc, eq, inArray, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPglite, queryRows } from '@/db/client';
import {
  categories,
  comments,
  invoices,
  notifications,
  purchases,
  users,
  workflowAssets,
  workflowCategories,
  workflowReleases,
  workflows,
} from '@/db/schema';
import { DEMO_ACCOUNTS, ensureAdminFromEnv, seedDemo } from '@/db/seed/demo';
import { ensureDemoFiles } from '@/db/seed/demo-files';
import { createLocalStorage } from '@/lib/storage';
import { seedLargeCatalog } from '@/db/seed/large';
import { verifyPassword } from '@/lib/auth/password';
import { testHandle } from '../helpers/db';

const db = () => testHandle().db;

type Definition = {
  nodes: { id: string; name: string; type: string; position: number[] }[];
  connections: Record<string, Record<string, { node: string; type: string; index: number }[][]>>;
};

describe('demo seed', () => {
  beforeAll(async () => {
    expect(await seedDemo(db(), () => {})).toEqual({ seeded: true });
  });

  it('creates the categories, the catalogue and the demo accounts', async () => {
    expect(await db().$count(categories)).toBe(8);
    // Issue 14: every category and at least a third of the workflows in Vietnamese too.
    expect(
      await db().$count(categories, sql`${categories.nameVi} is null or ${categories.descriptionVi} is null`),
    ).toBe(0);
    expect((await db().$count(workflows, sql`${workflows.titleVi} is not null`)) * 3).toBeGreaterThanOrEqual(
      await db().$count(workflows),
    );
    expect(await db().$count(workflows, eq(workflows.status, 'active'))).toBeGreaterThanOrEqual(60);
    expect(await db().$count(workflows, eq(workflows.status, 'expired'))).toBeGreaterThanOrEqual(2);
    const accounts = await db().select({ email: users.email, role: users.role, hash: users.passwordHash }).from(users);
    expect(accounts.map((a) => a.email).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.email).sort());
    const admin = accounts.find((a) => a.role === 'ADMIN');
    expect(admin?.email).toBe('admin@usitech.local');
    expect(await verifyPassword(admin!.hash, 'AdminDemo#2026')).toBe(true);
  });

  it('gives every workflow a category, a cover that exists under public/, and a paid file', async () => {
    const rows = await queryRows<{ slug: string; cats: number; covers: number; files: number }>(
      db(),
      sql`select w.slug,
            (select count(*) from workflow_categories wc where wc.workflow_id = w.id)::int as cats,
            (select count(*) from workflow_assets a where a.workflow_id = w.id and a.kind = 'image'
               and a.sort_order = 0 and a.storage_key = '/covers/' || w.slug || '.svg')::int as covers,
            (select count(*) from workflow_assets a where a.workflow_id = w.id and a.kind = 'file')::int as files
          from workflows w`,
    );
    for (const r of rows) {
      expect(r.cats, r.slug).toBeGreaterThanOrEqual(1);
      expect(r.covers, r.slug).toBe(1);
      expect(r.files, r.slug).toBe(1);
    }
    const images = await db()
      .select({ key: workflowAssets.storageKey })
      .from(workflowAssets)
      .where(eq(workflowAssets.kind, 'image'));
    for (const { key } of images) expect(existsSync(path.join(process.cwd(), 'public', key)), key).toBe(true);
  });

  it('writes every demo file through the storage module, once, with the size its asset row says', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'usitech-seed-files-'));
    try {
      const store = createLocalStorage(dir);
      const assets = await db()
        .select({ key: workflowAssets.storageKey, kind: workflowAssets.kind, size: workflowAssets.sizeBytes })
        .from(workflowAssets)
        .where(inArray(workflowAssets.kind, ['file', 'doc']));
      expect(assets.length).toBeGreaterThanOrEqual(120);
      expect(await ensureDemoFiles(db(), store)).toBe(assets.length);
      for (const a of assets) {
        const stored = await store.get(a.key);
        expect(stored?.size, a.key).toBe(a.size);
        expect(new TextDecoder().decode(stored!.body)).toMatch(
          a.kind === 'doc' ? /^# Workflow notes: / : /^# Setup guide: /,
        );
      }
      expect(await ensureDemoFiles(db(), store)).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stores importable n8n definitions whose connections point at existing nodes', async () => {
    const rows = await db().select({ slug: workflows.slug, definition: workflows.definition }).from(workflows);
    for (const { slug, definition } of rows) {
      const d = definition as unknown as Definition;
      expect(d.nodes.length, slug).toBeGreaterThanOrEqual(2);
      const names = new Set(d.nodes.map((n) => n.name));
      expect(names.size, `${slug}: unique node names`).toBe(d.nodes.length);
      for (const n of d.nodes) {
        expect(n.type, slug).toMatch(/^[@a-z0-9/-]+\.[A-Za-z0-9]+$/);
        expect(n.position).toHaveLength(2);
      }
      expect(typeof d.connections).toBe('object');
      for (const [from, outputs] of Object.entries(d.connections)) {
        expect(names.has(from), `${slug}: source ${from}`).toBe(true);
        for (const targets of Object.values(outputs).flat()) {
          for (const t of targets) expect(names.has(t.node), `${slug}: target ${t.node}`).toBe(true);
        }
      }
    }
  });

  it('gives every workflow releases whose latest JSON is its definition, and a few a history with changelogs', async () => {
    const releases = await db()
      .select({
        workflowId: workflowReleases.workflowId,
        version: workflowReleases.version,
        definition: workflowReleases.definition,
        changelog: workflowReleases.changelog,
      })
      .from(workflowReleases)
      .orderBy(desc(workflowReleases.major), desc(workflowReleases.minor), desc(workflowReleases.patch));
    const rows = (
      await db().select({ id: workflows.id, slug: workflows.slug, definition: workflows.definition }).from(workflows)
    ).map((w) => ({ ...w, releases: releases.filter((r) => r.workflowId === w.id) }));
    expect(rows.filter((r) => r.releases.length === 0).map((r) => r.slug)).toEqual([]);
    const withHistory = rows.filter((r) => r.releases.length > 1);
    for (const r of rows) {
      expect(r.releases.at(-1)!.version, r.slug).toBe('1.0.0');
      expect(r.releases[0]!.definition, r.slug).toEqual(r.definition);
    }
    expect(withHistory.map((r) => r.releases.map((x) => x.version).join(' ')).sort()).toEqual([
      '1.1.0 1.0.0',
      '1.1.1 1.1.0 1.0.0',
      '1.1.1 1.1.0 1.0.0',
    ]);
    for (const r of withHistory) {
      expect(r.releases[1]!.definition, r.slug).not.toEqual(r.releases[0]!.definition);
      expect(r.releases[0]!.changelog, r.slug).toMatch(/^### (Added|Fixed)\n- \*\*/);
    }
  });

  it('keeps rating_avg and review_count equal to the visible reviews', async () => {
    const mismatches = await queryRows<{ slug: string }>(
      db(),
      sql`select w.slug from workflows w
          left join (select workflow_id, round(avg(rating)::numeric, 2) as avg, count(*)::int as n
                     from comments where hidden = false group by workflow_id) s on s.workflow_id = w.id
          where w.rating_avg <> coalesce(s.avg, 0) or w.review_count <> coalesce(s.n, 0)`,
    );
    expect(mismatches).toEqual([]);
    expect(await db().$count(comments, eq(comments.hidden, true))).toBeGreaterThanOrEqual(1);
    expect(await db().$count(workflows, sql`${workflows.reviewCount} > 0`)).toBeGreaterThan(5);
  });

  it('shows as sales exactly the ACTIVE purchases of each workflow (issue 13 item 17)', async () => {
    const mismatches = await queryRows<{ slug: string; sales: number; active: number }>(
      db(),
      sql`select w.slug, w.sales_count as sales, coalesce(s.n, 0) as active from workflows w
          left join (select workflow_id, count(*)::int as n from purchases where status = 'ACTIVE'
                     group by workflow_id) s on s.workflow_id = w.id
          where w.sales_count <> coalesce(s.n, 0)`,
    );
    expect(mismatches).toEqual([]);
    // Enough sold for "Best selling" to order the shop.
    expect(await db().$count(workflows, sql`${workflows.salesCount} > 0`)).toBeGreaterThan(10);
    expect(await db().$count(workflows, sql`${workflows.salesCount} > 1`)).toBeGreaterThan(1);
  });

  it('only lets verified buyers review', async () => {
    const [row] = await db()
      .select({ n: count() })
      .from(comments)
      .leftJoin(
        purchases,
        and(
          eq(purchases.userId, comments.userId),
          eq(purchases.workflowId, comments.workflowId),
          eq(purchases.status, 'ACTIVE'),
        ),
      )
      .where(sql`${purchases.id} is null`);
    expect(row?.n).toBe(0);
  });

  it('has purchases in every status, invoices for the approved ones and recent pending ones', async () => {
    const byStatus = await db()
      .select({ status: purchases.status, n: count() })
      .from(purchases)
      .groupBy(purchases.status);
    expect(byStatus.map((s) => s.status).sort()).toEqual(['ACTIVE', 'PENDING', 'REJECT']);
    const active = byStatus.find((s) => s.status === 'ACTIVE')?.n ?? 0;
    expect(await db().$count(invoices)).toBe(active);
    const numbers = await db().select({ n: invoices.invoiceNumber }).from(invoices);
    for (const { n } of numbers) expect(n).toMatch(/^INV-\d{4}-\d{6}$/);
    const refs = await db()
      .select({
        ref: purchases.transferReference,
        status: purchases.status,
        createdAt: purchases.createdAt,
        reason: purchases.rejectReason,
        reviewedBy: purchases.reviewedBy,
      })
      .from(purchases);
    for (const p of refs) {
      expect(p.ref).toMatch(/^USI[ABCDEFGHJKLMNPQRSTUVWXYZ23456789]{8}$/);
      if (p.status === 'PENDING') expect(Date.now() - p.createdAt.getTime()).toBeLessThan(3_600_000);
      if (p.status === 'REJECT') expect(p.reason).toBeTruthy();
      if (p.status === 'ACTIVE') expect(p.reviewedBy).toBeTruthy();
    }
    const types = await db().selectDistinct({ type: notifications.type }).from(notifications);
    expect(types.map((t) => t.type).sort()).toEqual(['ERROR', 'SUCCESS', 'WARNING']);
    // A retired workflow stays in the library of those who bought it.
    const owners = await queryRows(
      db(),
      sql`select 1 from purchases p join workflows w on w.id = p.workflow_id where w.status = 'expired' and p.status = 'ACTIVE'`,
    );
    expect(owners.length).toBeGreaterThanOrEqual(1);
    // Amounts are the workflow's price.
    const wrong = await queryRows(
      db(),
      sql`select 1 from purchases p join workflows w on w.id = p.workflow_id where p.amount <> w.price`,
    );
    expect(wrong).toEqual([]);
  });

  it('is deterministic: a second empty database gets the same shop', async () => {
    const other = openPglite();
    try {
      await other.migrate();
      await seedDemo(other.db, () => {});
      const snapshot = async (h: typeof other.db) => ({
        workflows: await h
          .select({ slug: workflows.slug, price: workflows.price, rating: workflows.ratingAvg })
          .from(workflows)
          .orderBy(workflows.slug),
        refs: (await h.select({ ref: purchases.transferReference }).from(purchases)).map((r) => r.ref).sort(),
      });
      expect(await snapshot(other.db)).toEqual(await snapshot(db()));
    } finally {
      await other.close();
    }
  });

  it('does nothing the second time', async () => {
    const before = await db().$count(workflows);
    expect(await seedDemo(db(), () => {})).toEqual({ seeded: false });
    expect(await db().$count(workflows)).toBe(before);
    expect(await db().$count(users)).toBe(DEMO_ACCOUNTS.length);
  });

  it('promotes or creates the admin from the environment', async () => {
    await ensureAdminFromEnv(db(), 'AN@usitech.local', 'NewAdmin#2026');
    const [an] = await db().select().from(users).where(eq(users.email, 'an@usitech.local'));
    expect(an?.role).toBe('ADMIN');
    expect(await verifyPassword(an!.passwordHash, 'NewAdmin#2026')).toBe(true);
    await ensureAdminFromEnv(db(), 'boss@usitech.local', 'Boss#2026');
    expect(await db().$count(users, and(eq(users.email, 'boss@usitech.local'), eq(users.role, 'ADMIN')))).toBe(1);
    await ensureAdminFromEnv(db(), undefined, 'x');
    expect(await db().$count(users)).toBe(DEMO_ACCOUNTS.length + 1);
  });

  it('adds a large generated catalogue in batches', async () => {
    const before = await db().$count(workflows, eq(workflows.status, 'active'));
    const progress: number[] = [];
    const { inserted } = await seedLargeCatalog(db(), 2000, (done) => progress.push(done), { batchSize: 500 });
    expect(inserted).toBe(2000);
    expect(await db().$count(workflows, eq(workflows.status, 'active'))).toBe(before + 2000);
    expect(progress.at(-1)).toBe(2000);
    const uncategorised = await queryRows(
      db(),
      sql`select 1 from workflows w where not exists (select 1 from ${workflowCategories} wc where wc.workflow_id = w.id)`,
    );
    expect(uncategorised).toEqual([]);
    expect(await db().$count(categories)).toBe(8);
  });
});
