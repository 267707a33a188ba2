/**
 * `npm run admin:create -- --email owner@shop.vn [--name "Chủ shop"]`: creates the shop's admin, or
 * promotes an existing account (and sets its password). The password is read from a hidden prompt on a
 * terminal, or from the first line of stdin when piped — never from the command line, where `ps` and
 * the shell history would show it. Migrates first, so it works on a fresh database before `npm start`.
 */
import { parseArgs } from 'node:util';
import { ADMIN_OUTCOME_TEXT, createOrPromoteAdmin } from '../db/seed/accounts';
import { DEMO_ACCOUNTS } from '../db/seed/demo';
import { emailSchema, nameSchema, newPasswordSchema } from '../lib/validations/auth';
import { appUrl } from '../lib/site';
import { inEnglish } from '../lib/validations/messages';
import { passwordProblem } from '../lib/validations/password';
import { withOperatorDatabase } from './lib/operator-db';
import { loadDotEnv } from './lib/runtime';

const usage = `Usage: npm run admin:create -- --email <address> [--name "<name>"]

  The password is asked for (hidden) on a terminal, or read from the first line of stdin:
    printf '%s\\n' "$ADMIN_PASSWORD" | npm run admin:create -- --email owner@shop.vn

  --email, -e <address>  the admin's sign-in email (an existing account is promoted)
  --name, -n <name>      the name shown in the shop (new accounts; default "Administrator")
  --help, -h             show this help`;

function fail(message: string, code = 2): never {
  console.error(`${message}\n`);
  process.exit(code);
}

function parseCli(argv: string[]): { email: string; name?: string } {
  const args = argv.filter((a) => a !== '--');
  if (args.some((a) => /^(--password|-p)(=|$)|^-p./.test(a))) {
    fail(
      '--password is not accepted: a password on the command line is visible to every user of this machine in ' +
        '`ps` and stays in the shell history. Leave it out and type it at the prompt, or pipe it on stdin:\n' +
        `  printf '%s\\n' "$ADMIN_PASSWORD" | npm run admin:create -- --email owner@shop.vn`,
    );
  }
  let values: { email?: string; name?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        email: { type: 'string', short: 'e' },
        name: { type: 'string', short: 'n' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    fail(`${(error as Error).message}\n\n${usage}`);
  }
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const email = emailSchema.safeParse(values.email ?? '');
  if (!email.success) fail(`--email: ${inEnglish(email.error.issues[0]?.message ?? 'invalid')}\n\n${usage}`);
  if (DEMO_ACCOUNTS.some((a) => a.email === email.data)) {
    fail(`${email.data} is a demo account (its password is published in the README): choose the shop's own address.`);
  }
  let name: string | undefined;
  if (values.name !== undefined) {
    const parsed = nameSchema.safeParse(values.name);
    if (!parsed.success) fail(`--name: ${inEnglish(parsed.error.issues[0]?.message ?? 'invalid')}`);
    name = parsed.data;
  }
  return { email: email.data, name };
}

/** One line typed without echo (raw mode): Enter ends it, Ctrl-C aborts, Backspace deletes. */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const input = process.stdin;
    process.stdout.write(question);
    input.setRawMode(true);
    input.resume();
    input.setEncoding('utf8');
    let typed = '';
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') {
          input.setRawMode(false);
          input.pause();
          input.off('data', onData);
          process.stdout.write('\n');
          resolve(typed);
          return;
        }
        if (ch === '\u0003') {
          input.setRawMode(false);
          process.stdout.write('\n');
          process.exit(130);
        }
        if (ch === '\u007f' || ch === '\b') typed = [...typed].slice(0, -1).join('');
        else if (ch >= ' ') typed += ch;
      }
    };
    input.on('data', onData);
  });
}

async function readStdinLine(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/, 1)[0] ?? '';
}

async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) {
    const first = await promptHidden('Password for the admin (hidden): ');
    await checkPassword(first);
    const again = await promptHidden('Repeat it: ');
    if (again !== first) fail('The two passwords differ; nothing was changed. Run the command again.');
    return first;
  }
  const line = await readStdinLine();
  if (!line) {
    fail(
      'No password on stdin. Run this in a terminal to be asked for it, or pipe it:\n' +
        `  printf '%s\\n' "$ADMIN_PASSWORD" | npm run admin:create -- --email owner@shop.vn`,
    );
  }
  await checkPassword(line);
  return line;
}

async function checkPassword(password: string): Promise<void> {
  const parsed = await newPasswordSchema.safeParseAsync(password);
  if (!parsed.success)
    fail(`Password: ${inEnglish(parsed.error.issues[0]?.message ?? 'not accepted')} Nothing was changed.`);
  // The same strength rule as registration: an admin password guards the whole shop.
  const weak = passwordProblem(password, [email, name ?? '']);
  if (weak) fail(`Password: ${weak} Nothing was changed.`);
}

loadDotEnv();
const { email, name } = parseCli(process.argv.slice(2));
const password = await readPassword();
await withOperatorDatabase('create the admin', async (db, target) => {
  const outcome = await createOrPromoteAdmin(db, { email, password, name });
  console.log(`${ADMIN_OUTCOME_TEXT[outcome](email)} (${target})`);
  console.log(`Sign in at ${appUrl()}/login`);
});
