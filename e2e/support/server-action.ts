import type { APIRequestContext, APIResponse } from '@playwright/test';
import { actionPath, type ActionEntry } from './entry-points';

/** A form field's value: text, raw bytes (also invalid UTF-8), or a file. */
export type FieldValue = string | Buffer | { name: string; mimeType: string; buffer: Buffer };
export type Fields = Array<[string, FieldValue]>;

const BOUNDARY = '----usitech-action-boundary-7e3c1f';

/**
 * A multipart body: `"`, CR and LF in a name are replaced (they would end the name or the header, so the
 * field would not be the one meant); a raw NUL is sent as it is (Next cannot parse such a header: the
 * server answers 400, e2e/undecodable-action.spec.ts).
 */
function multipart(parts: Fields): Buffer {
  const chunks: Buffer[] = [];
  for (const [name, value] of parts) {
    const file = typeof value === 'object' && !Buffer.isBuffer(value) ? value : undefined;
    const disposition = `form-data; name="${name.replace(/["\r\n]/g, '_')}"${file ? `; filename="${file.name.replace(/["\r\n]/g, '_')}"` : ''}`;
    chunks.push(
      Buffer.from(
        `--${BOUNDARY}\r\nContent-Disposition: ${disposition}\r\n${file ? `Content-Type: ${file.mimeType}\r\n` : ''}\r\n`,
      ),
    );
    chunks.push(file ? file.buffer : Buffer.isBuffer(value) ? value : Buffer.from(value as string, 'utf8'));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return Buffer.concat(chunks);
}

/**
 * Calls a server action over HTTP the way React in the browser does for a form with useActionState: a POST
 * to a page that uses it, with the `Next-Action` header (the action's id from the build's manifest), this
 * site's Origin, and a multipart body whose part `0` holds the arguments ([previous state, the FormData])
 * and whose parts `_1_<field>` (sent first) hold the form's fields. `args` replaces part `0` for an action that takes
 * other arguments (previewMarkdownAction(markdown)).
 */
export async function postAction(
  request: APIRequestContext,
  baseURL: string,
  action: ActionEntry,
  fields: Fields,
  options: { args?: string } = {},
): Promise<APIResponse> {
  // Part `0` last, as React sends it: the server reads the arguments as soon as that part arrives.
  const parts: Fields = fields.map(([name, value]) => [`_1_${name}`, value]);
  parts.push(['0', options.args ?? JSON.stringify([{ status: 'idle' }, '$K1'])]);
  return request.post(actionPath(action), {
    headers: {
      'next-action': action.id,
      origin: new URL(baseURL).origin,
      accept: 'text/x-component',
      'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
    },
    data: multipart(parts),
    maxRedirects: 0,
    failOnStatusCode: false,
  });
}

export type Outcome = 'ok' | 'login' | '404' | '403' | '400' | '401' | '405' | 'redirect' | '5xx' | 'other';

/** What a page, route handler or action answered, in the matrix's words. */
export function outcomeOf(response: APIResponse): Outcome {
  const status = response.status();
  const headers = response.headers();
  const location = headers['x-action-redirect'] ?? headers['location'] ?? '';
  if (status >= 500) return '5xx';
  if (/(^|\/)login(\?|;|$)/.test(location.split(';')[0]!.replace(/^https?:\/\/[^/]+/, ''))) return 'login';
  if (location) return 'redirect';
  if (status >= 200 && status < 300) return 'ok';
  if (status >= 300 && status < 400) return 'redirect';
  const known: Record<number, Outcome> = { 400: '400', 401: '401', 403: '403', 404: '404', 405: '405' };
  return known[status] ?? 'other';
}
