/**
 * The SMTP sink (scripts/lib/smtp-sink.ts) in a process of its own, for tests that time mail delivery:
 * the server parsing every message must not share the sender's CPU time. Started with Node's IPC channel
 * (tests/helpers/mail.ts's startSmtpSinkProcess): it sends `{ port }` when listening, and answers a
 * `'recipients'` message with every envelope recipient it has accepted, in order (messages are not parsed:
 * the sink must cost less than the sender it measures).
 */
import { startSmtpSink } from './smtp-sink';

if (!process.send) {
  console.error('Start this with an IPC channel (child_process.fork): tests/helpers/mail.ts startSmtpSinkProcess.');
  process.exit(2);
}
const sink = await startSmtpSink({ envelopeOnly: true });
process.on('message', (message) => {
  if (message === 'recipients') process.send!({ recipients: sink.messages.flatMap((m) => m.to) });
});
process.on('disconnect', () => {
  void sink.close().then(() => process.exit(0));
});
process.send({ port: sink.port });
