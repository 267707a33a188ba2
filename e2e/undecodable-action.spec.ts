import { discoverActions, actionPath } from './support/entry-points';
import { expect, hasDirectDb, test } from './fixtures';
import { directDb } from './direct-db';

// Issue 16: a server action's request that Next cannot decode (a body no browser sends: a raw NUL in a
// multipart part header, a bare "$" reference, arguments that are not JSON, a body cut short) answered a
// bare 500 from Next's and React's decoding, before any of the shop's code ran (RELIABILITY.md). Now 400
// (lib/http/undecodable-action.ts, scripts/serve.ts), and nothing is written. (The form posted without
// JavaScript was already refused with 400 by Next: it is here so it stays so.)
const BOUNDARY = '----usitech-undecodable-7e3c1f';

function multipart(parts: Array<[string, string]>, { end = true } = {}): Buffer {
  const body = parts
    .map(([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
    .join('');
  return Buffer.from(end ? `${body}--${BOUNDARY}--\r\n` : body.slice(0, -10), 'utf8');
}

const FORM: Array<[string, string]> = [
  ['_1_name', 'Nguyễn Văn An'],
  ['_1_email', `an.${Date.now()}@example.com`],
  ['_1_subject', 'Câu hỏi'],
  ['_1_message', 'Xin chào, tôi muốn hỏi về quy trình.'],
];

const CASES: Array<{ what: string; contentType: string; body: Buffer; withoutJs?: true }> = [
  {
    what: 'a raw NUL in a part header',
    contentType: `multipart/form-data; boundary=${BOUNDARY}`,
    body: multipart([
      ['_1_na\0me', 'x'],
      ['0', '[{"status":"idle"},"$K1"]'],
    ]),
  },
  {
    what: 'a bare "$" reference in the arguments',
    contentType: `multipart/form-data; boundary=${BOUNDARY}`,
    body: multipart([...FORM, ['0', '[[["$"]]]']]),
  },
  {
    what: 'arguments that are not JSON',
    contentType: `multipart/form-data; boundary=${BOUNDARY}`,
    body: multipart([...FORM, ['0', '[{"status":']]),
  },
  {
    what: 'a form posted without JavaScript with a raw NUL in a part header',
    contentType: `multipart/form-data; boundary=${BOUNDARY}`,
    body: multipart([
      [`$ACTION_ID_\0`, ''],
      ['na\0me', 'x'],
    ]),
    withoutJs: true,
  },
  { what: 'a text body that is not JSON', contentType: 'text/plain;charset=UTF-8', body: Buffer.from('[') },
  {
    what: 'a multipart body cut short',
    contentType: `multipart/form-data; boundary=${BOUNDARY}`,
    body: multipart([...FORM, ['0', '[{"status":"idle"},"$K1"]']], { end: false }),
  },
];

test('a server action request no browser sends answers 400 and writes nothing; a real one still works', async ({
  request,
  baseURL,
}) => {
  const action = discoverActions().find((a) => a.key === 'actions/contact.ts#contactAction');
  expect(action, 'the contact form action is in the build').toBeTruthy();
  const headers = { 'next-action': action!.id, origin: new URL(baseURL!).origin, accept: 'text/x-component' };
  const sql = hasDirectDb ? directDb() : null;
  const count = async () =>
    sql ? Number((await sql<{ n: number }[]>`select count(*)::int as n from contact_messages`)[0]!.n) : 0;
  try {
    const before = await count();
    const answers: string[] = [];
    for (const c of CASES) {
      const response = await request.post(actionPath(action!), {
        headers: c.withoutJs
          ? { origin: headers.origin, 'content-type': c.contentType }
          : { ...headers, 'content-type': c.contentType },
        data: c.body,
        maxRedirects: 0,
        failOnStatusCode: false,
      });
      answers.push(`${response.status()} ${c.what}`);
    }
    // Listed together, so one run shows every case.
    expect(answers).toEqual(CASES.map((c) => `400 ${c.what}`));
    expect(await count()).toBe(before);

    // The same action posted as React posts it: accepted (the shop's code ran), one message stored.
    const good = await request.post(actionPath(action!), {
      headers: { ...headers, 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
      data: multipart([...FORM, ['0', '[{"status":"idle"},"$K1"]']]),
      maxRedirects: 0,
      failOnStatusCode: false,
    });
    expect(good.status()).toBe(200);
    if (sql) expect(await count()).toBe(before + 1);
  } finally {
    await sql?.end();
  }
});
