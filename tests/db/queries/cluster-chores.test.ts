import { inArray } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { enqueueMail } from '@/db/queries/email-outbox';
import { CHORE_LOCKS } from '@/db/chore-locks';
import { runMaintenance } from '@/db/queries/maintenance';
import { EXPIRY_WARNING_ACTION } from '@/db/queries/purchase-expiry-warnings';
import { auditLog, emailOutbox, notifications } from '@/db/schema';
import { deliverPendingMail } from '@/server/mail';
import { testDriver, testHandle } from '../../helpers/db';
import { createTestPurchase, createTestUser, createTestWorkflow } from '../../helpers/factories';
import { startSmtpSink, type SmtpSink } from '../../helpers/mail';
import { HOURS_AGO, purchaseRow } from './purchases/helpers';

// Several app instances run the same timers against one Postgres. These tests run the chores from
// concurrent connections of the real server. PGlite is one connection in one process (its folder is
// locked to one process), so there is no second instance to race with there.
const onPostgres = testDriver() === 'postgres';
const ROUNDS = 20;

describe.skipIf(!onPostgres)('background work once per cluster (Postgres: concurrent connections)', () => {
  let sink: SmtpSink;
  let other: postgres.Sql;

  beforeAll(async () => {
    sink = await startSmtpSink();
    // Another "instance": a connection of its own, outside the app's pool.
    other = postgres((testHandle() as { url?: string }).url!, { max: 1, onnotice: () => {} });
  });
  afterAll(async () => {
    await sink?.close();
    await other?.end({ timeout: 5 });
  });

  it('skips a chore while another connection runs it, and runs it once that one is done', async () => {
    const buyer = await createTestUser();
    const stale = await createTestPurchase(buyer.id, (await createTestWorkflow()).id, { createdAt: HOURS_AGO(25) });

    const held = await other.reserve();
    try {
      await held`select pg_advisory_lock(${CHORE_LOCKS.expiry})`;
      const busy = await runMaintenance();
      expect(busy).toMatchObject({ expired: 0, skipped: ['expiry'] });
      expect((await purchaseRow(stale.id)).status).toBe('PENDING');
      await held`select pg_advisory_unlock(${CHORE_LOCKS.expiry})`;
    } finally {
      held.release();
    }
    expect(await runMaintenance()).toMatchObject({ expired: 1, skipped: [] });
    expect((await purchaseRow(stale.id)).status).toBe('REJECT');
  });

  it(`two instances running the chores at once (${ROUNDS} rounds): each warning and each expiry happens once`, async () => {
    const buyer = await createTestUser();
    const closing: string[] = [];
    const stale: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const made = await Promise.all([
        createTestPurchase(buyer.id, (await createTestWorkflow()).id, { createdAt: HOURS_AGO(23) }),
        createTestPurchase(buyer.id, (await createTestWorkflow()).id, { createdAt: HOURS_AGO(25) }),
        createTestPurchase(buyer.id, (await createTestWorkflow()).id, { createdAt: HOURS_AGO(26) }),
      ]);
      closing.push(made[0].id);
      stale.push(made[1].id, made[2].id);
      const [a, b] = await Promise.all([runMaintenance(), runMaintenance()]);
      expect(a.warned + b.warned, `round ${round}`).toBe(1);
      expect(a.expired + b.expired, `round ${round}`).toBe(2);
    }
    const audit = await db
      .select({ entityId: auditLog.entityId, action: auditLog.action })
      .from(auditLog)
      .where(inArray(auditLog.entityId, [...closing, ...stale]));
    const times = (id: string, action: string) => audit.filter((e) => e.entityId === id && e.action === action).length;
    for (const id of closing) expect(times(id, EXPIRY_WARNING_ACTION), id).toBe(1);
    for (const id of stale) expect(times(id, 'purchase.expire'), id).toBe(1);
    const sent = await db
      .select({ title: notifications.title })
      .from(notifications)
      .where(inArray(notifications.userId, [buyer.id]));
    expect(sent.filter((n) => n.title === 'Your purchase expires soon')).toHaveLength(ROUNDS);
    expect(sent.filter((n) => n.title === 'Payment window expired')).toHaveLength(2 * ROUNDS);
  });

  it(`two workers delivering the queue at once (${ROUNDS} rounds): every message reaches SMTP exactly once`, async () => {
    const config = { smtpUrl: sink.url, from: 'Shop <shop@example.test>', embedded: false };
    // The chores above queued the buyers' order mails (expiring soon, expired): send those first, so
    // each round's queue holds only its own four.
    while ((await deliverPendingMail({ config, batch: 100 })).sent > 0);
    sink.messages.length = 0;
    const ids: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (let n = 0; n < 4; n++)
        ids.push(await enqueueMail(db, { to: `buyer${n}@example.test`, subject: `r${round}-m${n}`, text: 'x' }));
      // Small batches, so the two workers interleave their claims within a round.
      const [a, b] = await Promise.all([
        deliverPendingMail({ config, batch: 2 }),
        deliverPendingMail({ config, batch: 2 }),
      ]);
      expect(a.sent + b.sent, `round ${round}`).toBe(4);
    }
    const subjects = sink.messages.map((m) => m.subject);
    expect(subjects).toHaveLength(ids.length);
    expect(new Set(subjects).size).toBe(ids.length);
    const rows = await db
      .select({ status: emailOutbox.status, attempts: emailOutbox.attempts })
      .from(emailOutbox)
      .where(inArray(emailOutbox.id, ids));
    expect(rows.every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
  });
});
