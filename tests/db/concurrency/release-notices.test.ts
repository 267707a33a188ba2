import { and, count, eq, inArray, like, ne, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, queryRows } from '@/db';
import { publishRelease } from '@/db/queries/admin/workflow-releases';
import { emailOutbox, notifications, purchases, releaseNotices, users } from '@/db/schema';
import { createTestUser, createTestWorkflow, TEST_PASSWORD_HASH } from '../../helpers/factories';
import { testDriver } from '../../helpers/db';
import { startSmtpSinkProcess } from '../../helpers/mail';
import { deliverPendingMail } from '@/server/mail';

const BUYERS = 10_000;
const CHUNK = 2_000;
const REF = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** `n` letters of the transfer-reference alphabet spelling `i` (distinct for distinct i < 32^n). */
const spell = (i: number, n: number) => Array.from({ length: n }, (_, k) => REF[Math.floor(i / 32 ** k) % 32]).join('');

describe.runIf(testDriver() === 'postgres')('update notices to 10,000 buyers (Postgres)', () => {
  it('publishing once tells each of 10,000 buyers exactly once, in one transaction of the admin request', async () => {
    const admin = await createTestUser({ role: 'ADMIN' });
    const workflow = await createTestWorkflow();
    const run = spell(Math.floor(Math.random() * 32 ** 3), 3);
    const buyerIds: string[] = [];
    for (let start = 0; start < BUYERS; start += CHUNK) {
      const rows = await db
        .insert(users)
        .values(
          Array.from({ length: CHUNK }, (_, k) => ({
            email: `bulk-${run.toLowerCase()}-${start + k}@example.test`,
            name: `Buyer ${start + k}`,
            passwordHash: TEST_PASSWORD_HASH,
            locale: (start + k) % 2 ? 'vi' : 'en',
          })),
        )
        .returning({ id: users.id });
      buyerIds.push(...rows.map((r) => r.id));
    }
    for (let start = 0; start < BUYERS; start += CHUNK) {
      await db.insert(purchases).values(
        buyerIds.slice(start, start + CHUNK).map((userId, k) => ({
          userId,
          workflowId: workflow.id,
          amount: '199000.00',
          status: 'ACTIVE' as const,
          transferReference: `USI${run}${spell(start + k, 5)}`,
        })),
      );
    }

    const started = performance.now();
    const release = await publishRelease(admin.id, {
      workflowId: workflow.id,
      version: '1.1.0',
      changelog: 'For everybody.',
      definition: { name: 'test', nodes: [], connections: {} },
    });
    const ms = performance.now() - started;
    console.info(`[bench] publishRelease telling ${BUYERS} buyers: ${Math.round(ms)} ms`);
    expect(release.buyersTold).toBe(BUYERS);

    // Each buyer exactly one notice row and one notification; nobody twice.
    const twice = (table: 'release_notices' | 'notifications') =>
      queryRows(
        db,
        sql`select user_id from ${sql.identifier(table)} where user_id in ${buyerIds} group by user_id having count(*) <> 1`,
      );
    expect(await db.$count(releaseNotices, eq(releaseNotices.releaseId, release.id))).toBe(BUYERS);
    expect(await twice('release_notices')).toEqual([]);
    expect(await db.$count(notifications, inArray(notifications.userId, buyerIds))).toBe(BUYERS);
    expect(await twice('notifications')).toEqual([]);
    const mails = await db
      .select({ subject: emailOutbox.subject, n: count() })
      .from(emailOutbox)
      .where(sql`${emailOutbox.to} like ${`bulk-${run.toLowerCase()}-%`}`)
      .groupBy(emailOutbox.subject);
    // Half the buyers read Vietnamese.
    expect(Object.fromEntries(mails.map((m) => [m.subject, m.n]))).toEqual({
      [`v1.1.0 of “${workflow.title}” is out`]: BUYERS / 2,
      [`Đã có v1.1.0 của “${workflow.title}”`]: BUYERS / 2,
    });
    const distinct = await db
      .select({ n: sql<number>`count(distinct ${emailOutbox.to})::int` })
      .from(emailOutbox)
      .where(sql`${emailOutbox.to} like ${`bulk-${run.toLowerCase()}-%`}`);
    expect(distinct).toEqual([{ n: BUYERS }]);

    // Delivered: one run of the mail worker hands every buyer's email to a real SMTP server, once each
    // (the run keeps claiming while batches come back full; several messages in flight, pooled connections).
    // The server runs in its own process, so its parsing does not take the sender's CPU time.
    const sink = await startSmtpSinkProcess();
    try {
      const sending = performance.now();
      const report = await deliverPendingMail({
        config: { smtpUrl: sink.url, from: 'Shop <shop@example.test>', embedded: false, concurrency: 8 },
      });
      const sent = performance.now();
      console.info(
        `[bench] one delivery run: ${report.sent} emails (${BUYERS} update notices) to an SMTP server in ${Math.round(sent - sending)} ms; publishing to the last email accepted: ${Math.round(sent - started)} ms`,
      );
      const prefix = `bulk-${run.toLowerCase()}-`;
      const received = (await sink.recipients()).filter((to) => to.startsWith(prefix));
      expect(received).toHaveLength(BUYERS);
      expect(new Set(received).size).toBe(BUYERS);
      const bulk = like(emailOutbox.to, `${prefix}%`);
      expect(await db.$count(emailOutbox, and(bulk, ne(emailOutbox.status, 'sent')))).toBe(0);
    } finally {
      sink.close();
    }
  }, 300_000);
});
