import fc from 'fast-check';
import type { FieldValue, Fields } from './server-action';

/**
 * Arbitrary and adversarial input for the fuzzing (issue 16): huge strings, NUL, invalid UTF-8 (raw
 * bytes), lone surrogates, any unicode, numbers of every size and sign as text, ids that exist nowhere,
 * and markup or SQL that must stay text.
 */
const NASTY = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDFFF\uD800',
  '\uFEFF',
  '\u202E',
  '😀'.repeat(300),
  'x'.repeat(100_000),
  '-1',
  '0',
  '-0',
  '1e308',
  '-1e308',
  '99999999999999999999999999',
  '-99999999999999999999',
  'NaN',
  'Infinity',
  '0x10',
  'true',
  'false',
  'on',
  'yes',
  'null',
  'undefined',
  '[]',
  '{}',
  '{"__proto__":{"admin":true}}',
  '__proto__',
  'constructor',
  '00000000-0000-4000-8000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  "' OR 1=1 --",
  '"; drop table users; --',
  '<script>alert(1)</script>',
  '../../../etc/passwd',
  '%00',
  '%ED%A0%80',
  '$K1',
  '$@0',
  '$undefined',
  'javascript:alert(1)',
  '//evil.example/',
  'https://evil.example/',
  'ADMIN',
  'each',
  'approve',
  'up',
];

/** Field names the app's forms use: the fuzzer sends them with wrong values, leaves them out, adds others. */
export const FIELD_NAMES = [
  'alias',
  'amount',
  'app',
  'avatar',
  'body',
  'callbackUrl',
  'category',
  'categoryIds',
  'confirm',
  'confirmPassword',
  'confirmed',
  'content',
  'csv',
  'currentPassword',
  'decision',
  'definition',
  'description',
  'direction',
  'disabled',
  'email',
  'file',
  'hidden',
  'id',
  'intent',
  'kind',
  'label',
  'level',
  'message',
  'messageId',
  'name',
  'newPassword',
  'orderAlerts',
  'page',
  'password',
  'platform',
  'price',
  'purchaseId',
  'purchaseIds',
  'q',
  'rating',
  'reason',
  'reference',
  'reply',
  'resolved',
  'returnTo',
  'reviewId',
  'role',
  'setupMinutes',
  'shortDescription',
  'slug',
  'sort',
  'status',
  'subject',
  'target',
  'title',
  'token',
  'transferId',
  'userId',
  'videoUrl',
  'website',
  'workflowId',
  'assetId',
  'audience',
  'mapping',
  // Names that are also Object.prototype's: a form read into an object by assignment took `__proto__` as its prototype.
  '__proto__',
  'constructor',
];

const text = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  fc.string({ maxLength: 20_000, size: 'max' }),
  fc.integer().map(String),
  fc.bigInt().map(String),
  fc.double().map(String),
  fc.uuid().map(String),
  fc.emailAddress(),
);

export const fieldValue: fc.Arbitrary<FieldValue> = fc.oneof(
  { weight: 6, arbitrary: text },
  // Not UTF-8 at all.
  fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes)),
  fc.record({
    name: fc.oneof(fc.constantFrom('a.png', 'x.json', 'statement.csv', '\u0000.png', '../../x'), fc.string()),
    mimeType: fc.constantFrom('image/png', 'image/webp', 'application/json', 'text/csv', 'application/octet-stream'),
    buffer: fc.uint8Array({ maxLength: 2048 }).map((bytes) => Buffer.from(bytes)),
  }),
);

/** A form: known names (some sent twice), unknown names, missing ones; plus, rarely, a good-looking id. */
export function formFields(known: string[]): fc.Arbitrary<Fields> {
  const name = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...(known.length > 0 ? known : FIELD_NAMES)) },
    { weight: 2, arbitrary: fc.constantFrom(...FIELD_NAMES) },
    fc.string({ maxLength: 40 }),
  );
  return fc.array(fc.tuple(name, fieldValue), { maxLength: 8 });
}

/** Part `0` of an action request: usually the form's (state, FormData), sometimes arguments of the wrong type. */
export const actionArgs: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 8, arbitrary: fc.constant(undefined) },
  fc.constantFrom(
    '["$K1"]',
    '[]',
    '[null,"$K1"]',
    '["x",1,true]',
    '[{"status":"idle"},"$K1","extra"]',
    '"$K1"',
    '{}',
    '[[["$"]]]',
    '[{"status":',
  ),
  // Any JSON value, written as React writes arguments (a string starting with `$` escaped as `$$`).
  fc
    .jsonValue()
    .map((value) =>
      JSON.stringify([value], (_key, v: unknown) => (typeof v === 'string' && v.startsWith('$') ? `$${v}` : v)),
    ),
);

/** A query string: the pages' own parameter names and any others, with the values above (percent-encoded). */
export const queryString: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom(
          'q',
          'page',
          'sort',
          'category',
          'app',
          'level',
          'status',
          'minPrice',
          'maxPrice',
          'minRating',
          'tab',
          'reviewsPage',
          'reviewsSort',
          'callbackUrl',
          'token',
          'email',
          'workflowId',
          'returnTo',
          'deleted',
          'error',
          'code',
        ),
        fc.string({ maxLength: 20 }),
      ),
      fc.oneof(
        text,
        fc.uint8Array({ maxLength: 16 }).map((b) => Buffer.from(b).toString('latin1')),
      ),
    ),
    { maxLength: 5 },
  )
  .map((pairs) => pairs.map(([k, v]) => `${encode(k)}=${encode(v)}`).join('&'));

/** Percent-encodes each UTF-16 code unit's bytes as UTF-8 would, and lone surrogates and raw bytes as given. */
export function encode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    // A lone surrogate: sent as the bytes a careless client would send (the CESU-style encoding).
    return [...value]
      .map((ch) => {
        const code = ch.charCodeAt(0);
        if (code < 0xd800 || code > 0xdfff) return encodeURIComponent(ch);
        return `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`.toUpperCase();
      })
      .join('');
  }
}

/** A path segment: the values above, percent-encoded (or with raw bad bytes). */
export const pathSegment: fc.Arbitrary<string> = fc.oneof(
  text.map((v) => encode(v).slice(0, 4000) || 'x'),
  fc
    .uint8Array({ minLength: 1, maxLength: 16 })
    .map((b) => [...b].map((x) => `%${x.toString(16).padStart(2, '0')}`).join('')),
);
