import 'server-only';
import nodemailer, { type Transporter } from 'nodemailer';
import { recordEmail, type OutboxStatus } from '@/db/queries/email-outbox';
import { env } from '@/lib/env';

export type MailMessage = { to: string; subject: string; text: string; html?: string };
export type MailResult = { id: string; status: OutboxStatus };

export type MailerConfig = { smtpUrl?: string; from: string };

const transports = new Map<string, Transporter>();

function transportFor(smtpUrl: string): Transporter {
  let transport = transports.get(smtpUrl);
  if (!transport) {
    transport = nodemailer.createTransport(smtpUrl);
    transports.set(smtpUrl, transport);
  }
  return transport;
}

/**
 * A mailer for one configuration. With an SMTP URL it sends through nodemailer and records the result
 * ('sent' or 'failed'); without one it records the message as 'logged' and prints it, so local runs
 * and tests read what would have been sent from the email_outbox table. Sending never throws: a
 * failed delivery is recorded and logged, the caller's work stands.
 */
export function createMailer(config: MailerConfig) {
  return async function send(message: MailMessage): Promise<MailResult> {
    if (!config.smtpUrl) {
      const id = await recordEmail({ ...message, status: 'logged' });
      const body = process.env.NODE_ENV === 'development' ? `\n${message.text}` : '';
      if (process.env.NODE_ENV !== 'test') console.info(`[mail] not sent (no SMTP_URL), recorded in email_outbox: to ${message.to}: ${message.subject}${body}`);
      return { id, status: 'logged' };
    }
    try {
      await transportFor(config.smtpUrl).sendMail({ from: config.from, ...message });
      return { id: await recordEmail({ ...message, status: 'sent' }), status: 'sent' };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      console.error(`[mail] sending to ${message.to} failed: ${reason}`);
      return { id: await recordEmail({ ...message, status: 'failed', error: reason }), status: 'failed' };
    }
  };
}

/** Sends one message with the app's configuration (SMTP_URL, MAIL_FROM). */
export function sendMail(message: MailMessage): Promise<MailResult> {
  const { SMTP_URL, MAIL_FROM } = env();
  return createMailer({ smtpUrl: SMTP_URL, from: MAIL_FROM })(message);
}
