import { eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { publishRelease } from '@/db/queries/admin/workflow-releases';
import { announceRelease } from '@/db/queries/release-notices';
import { emailOutbox, notifications, releaseNotices, users, workflowReleases } from '@/db/schema';
import { diffReleases } from '@/lib/workflows/diff';
import { isAppError } from '@/lib/errors';
import { createTestPurchase, createTestUser, createTestWorkflow } from '../../helpers/factories';
import { outboxRowsTo } from '../../helpers/mail';

const SECRET = 'sk-live-secret-in-parameters';
const base = {
  name: 'Orders',
  nodes: [
    { id: 'w', name: 'Webhook', type: 'n8n-nodes-base.webhook', typeVersion: 2, position: [0, 0], parameters: {} },
    {
      id: 's',
      name: 'Notify',
      type: 'n8n-nodes-base.slack',
      typeVersion: 2,
      position: [200, 0],
      parameters: { text: SECRET },
      credentials: { slackApi: { id: '7', name: `Slack ${SECRET}` } },
    },
  ],
  connections: { Webhook: { main: [[{ node: 'Notify', type: 'main', index: 0 }]] } },
};
// 1.1.0: a Google Sheets step after Slack (one step added, one connection, a new credential type).
const withSheets = {
  ...base,
  nodes: [
    ...base.nodes,
    {
      id: 'g',
      name: 'Log',
      type: 'n8n-nodes-base.googleSheets',
      typeVersion: 4,
      position: [400, 0],
      parameters: { sheetId: SECRET },
      credentials: { googleSheetsOAuth2Api: { id: '8', name: `Sheets ${SECRET}` } },
    },
  ],
  connections: { ...base.connections, Notify: { main: [[{ node: 'Log', type: 'main', index: 0 }]] } },
};

async function shop() {
  const admin = await createTestUser({ role: 'ADMIN' });
  const workflow = await createTestWorkflow({
    definition: base,
    title: 'Order alerts',
    titleVi: 'Cảnh báo đơn hàng',
  });
  return { admin, workflow };
}

const buyerWith = async (workflowId: string, status: 'ACTIVE' | 'PENDING' | 'REJECT', name = 'Test User') => {
  const user = await createTestUser({ name });
  await createTestPurchase(user.id, workflowId, { status });
  return user;
};

const noticesOf = (userId: string) =>
  db
    .select({
      type: notifications.type,
      title: notifications.title,
      message: notifications.message,
      link: notifications.link,
    })
    .from(notifications)
    .where(eq(notifications.userId, userId));

const publish = (adminId: string, workflowId: string, version: string, definition: Record<string, unknown>) =>
  publishRelease(adminId, { workflowId, version, changelog: `Release ${version}`, definition });

describe('update notices when a release is published (issue 17)', () => {
  it('every ACTIVE buyer gets one notice and one email in their language; nobody else gets anything', async () => {
    const { admin, workflow } = await shop();
    const en = await buyerWith(workflow.id, 'ACTIVE', 'Mai <b>& "Co"');
    const vi = await buyerWith(workflow.id, 'ACTIVE', 'Lan');
    await db.update(users).set({ locale: 'vi' }).where(eq(users.id, vi.id));
    // Once rejected, then bought: still one buyer.
    const again = await buyerWith(workflow.id, 'REJECT');
    await createTestPurchase(again.id, workflow.id, { status: 'ACTIVE' });
    const pending = await buyerWith(workflow.id, 'PENDING');
    const rejected = await buyerWith(workflow.id, 'REJECT');
    const disabled = await buyerWith(workflow.id, 'ACTIVE');
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, disabled.id));
    const other = await createTestUser();
    const otherWorkflow = await createTestWorkflow();
    const otherBuyer = await buyerWith(otherWorkflow.id, 'ACTIVE');

    const release = await publish(admin.id, workflow.id, '1.1.0', withSheets);
    expect(release.buyersTold).toBe(3);

    expect(await noticesOf(en.id)).toEqual([
      {
        type: 'SUCCESS',
        title: 'v1.1.0 of “Order alerts” is out',
        message:
          '1 step added, 1 connection changed, now needs a connection to Google Sheets OAuth2 API. Download it from your library.',
        link: `/account/library/${workflow.slug}`,
      },
    ]);
    expect(await noticesOf(vi.id)).toEqual([
      {
        type: 'SUCCESS',
        title: 'Đã có v1.1.0 của “Cảnh báo đơn hàng”',
        message:
          'Thêm 1 bước, thay đổi 1 kết nối, nay cần kết nối Google Sheets OAuth2 API. Tải bản mới trong thư viện của bạn.',
        link: `/account/library/${workflow.slug}`,
      },
    ]);
    expect(await noticesOf(again.id)).toHaveLength(1);

    const [enMail, ...enMore] = await outboxRowsTo(en.email);
    expect(enMore).toEqual([]);
    expect(enMail).toMatchObject({ subject: 'v1.1.0 of “Order alerts” is out', status: 'pending', sensitive: false });
    expect(enMail!.text).toContain('Hello Mai <b>& "Co",');
    expect(enMail!.text).toContain('Version 1.1.0 of “Order alerts”, which you bought, is out.');
    expect(enMail!.text).toContain(
      'What changed: 1 step added, 1 connection changed, now needs a connection to Google Sheets OAuth2 API.',
    );
    expect(enMail!.text).toContain(`Open your library: http://localhost:3000/account/library/${workflow.slug}`);
    expect(enMail!.text).toContain(
      `The release history with every change: http://localhost:3000/workflows/${workflow.slug}`,
    );
    expect(enMail!.html).toContain('Hello Mai &lt;b&gt;&amp; &quot;Co&quot;,');
    expect(enMail!.html).not.toContain('<b>&');
    const [viMail, ...viMore] = await outboxRowsTo(vi.email);
    expect(viMore).toEqual([]);
    expect(viMail!.subject).toBe('Đã có v1.1.0 của “Cảnh báo đơn hàng”');
    expect(viMail!.text).toContain('Xin chào Lan,');
    expect(viMail!.text).toContain(`Mở thư viện của bạn: http://localhost:3000/vi/account/library/${workflow.slug}`);
    expect(await outboxRowsTo(again.email)).toHaveLength(1);

    // No parameter value or credential record in anything a buyer receives.
    for (const row of [enMail!, viMail!]) expect(`${row.text}${row.html}`).not.toContain(SECRET);

    for (const nobody of [pending, rejected, disabled, other, otherBuyer]) {
      expect(await noticesOf(nobody.id)).toEqual([]);
      expect(await outboxRowsTo(nobody.email)).toEqual([]);
    }
  });

  it('exactly once per release and buyer: announcing again, or publishing the version again, tells nobody twice', async () => {
    const { admin, workflow } = await shop();
    const buyer = await buyerWith(workflow.id, 'ACTIVE');
    const release = await publish(admin.id, workflow.id, '1.1.0', withSheets);

    // A retry of the announcement (the same release) adds nothing.
    const retry = await db.transaction((tx) =>
      announceRelease(tx, {
        releaseId: release.id,
        workflowId: workflow.id,
        version: '1.1.0',
        slug: workflow.slug,
        title: workflow.title,
        titleVi: workflow.titleVi,
        diff: diffReleases(base, withSheets),
      }),
    );
    expect(retry).toEqual({ told: 0, mailed: 0 });
    // Publishing the same version again is refused and changes nothing.
    const error = await publish(admin.id, workflow.id, '1.1.0', withSheets).catch((e: unknown) => e);
    expect(isAppError(error) && error.message).toBe('The version must be greater than the latest release, 1.1.0.');
    expect(await noticesOf(buyer.id)).toHaveLength(1);
    expect(await outboxRowsTo(buyer.email)).toHaveLength(1);
    expect(await db.$count(releaseNotices, eq(releaseNotices.userId, buyer.id))).toBe(1);

    // The next release is a new notice; a release with no step changes says so.
    await publish(admin.id, workflow.id, '1.1.1', withSheets);
    expect((await noticesOf(buyer.id)).map((n) => [n.title, n.message])).toEqual([
      [
        'v1.1.0 of “Order alerts” is out',
        '1 step added, 1 connection changed, now needs a connection to Google Sheets OAuth2 API. Download it from your library.',
      ],
      [
        'v1.1.1 of “Order alerts” is out',
        'No step was added, removed or changed: the changelog on the workflow page says what is new.',
      ],
    ]);
    expect((await outboxRowsTo(buyer.email)).map((m) => m.subject)).toEqual([
      'v1.1.0 of “Order alerts” is out',
      'v1.1.1 of “Order alerts” is out',
    ]);
  });

  it('a refused publish (the version does not grow) tells nobody', async () => {
    const { admin, workflow } = await shop();
    const buyer = await buyerWith(workflow.id, 'ACTIVE');
    await publish(admin.id, workflow.id, '1.1.0', withSheets);
    const error = await publish(admin.id, workflow.id, '1.0.9', base).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('invalid');
    expect(await noticesOf(buyer.id)).toHaveLength(1);
    const releases = await db
      .select({ id: workflowReleases.id })
      .from(workflowReleases)
      .where(eq(workflowReleases.workflowId, workflow.id));
    expect(await db.$count(emailOutbox, eq(emailOutbox.to, buyer.email))).toBe(1);
    expect(
      await db.$count(
        releaseNotices,
        inArray(
          releaseNotices.releaseId,
          releases.map((r) => r.id),
        ),
      ),
    ).toBe(1);
  });
});
