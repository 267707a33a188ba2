import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { emailOutbox } from '@/db/schema';
import { createMailer, sendMail } from '@/lib/mail';

describe('mail', () => {
  it('without SMTP every message is recorded as logged, with both bodies', async () => {
    const result = await sendMail({ to: 'someone@example.test', subject: 'Hi', text: 'Plain', html: '<p>Plain</p>' });
    expect(result.status).toBe('logged');
    const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, result.id));
    expect(row).toMatchObject({ to: 'someone@example.test', subject: 'Hi', text: 'Plain', html: '<p>Plain</p>', status: 'logged' });
  });

  it('with an SMTP server that cannot be reached the message is recorded as failed, and nothing throws', async () => {
    const send = createMailer({ smtpUrl: 'smtp://127.0.0.1:1', from: 'Shop <shop@example.test>' });
    const result = await send({ to: 'someone@example.test', subject: 'Down', text: 'x' });
    expect(result.status).toBe('failed');
    const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, result.id));
    expect(row?.status).toBe('failed');
    expect(row?.error).toBeTruthy();
  });
});
