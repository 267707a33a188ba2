import { z } from 'zod';
import { vm } from './messages';

/**
 * The one rule for text that reaches the database: Postgres (and PGlite) cannot store a NUL character
 * in `text`, nor a `\u0000` or an unpaired surrogate in `jsonb`, and answers such a query with an
 * error. Form fields holding one are refused with a message (see `badTextFields`); search words, URL
 * values, webhook bodies and exports have them removed (`cleanText`, `cleanDeep`).
 *
 * Invalid UTF-8 in a request body never reaches here as such (decoders turn it into U+FFFD, which is
 * storable); invalid UTF-8 in a URL is refused earlier, by the proxy (`lib/http/bad-url.ts`).
 */
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const NUL = /\u0000/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A key of the `validation` namespace (lib/validations/messages.ts): the action wrapper translates it. */
export const BAD_TEXT_MESSAGE = vm('badText');

/** True when `value` holds a NUL or an unpaired surrogate. */
export function hasUnstorableText(value: string): boolean {
  NUL.lastIndex = 0;
  LONE_SURROGATE.lastIndex = 0;
  return NUL.test(value) || LONE_SURROGATE.test(value);
}

/** `value` without NUL characters, each unpaired surrogate replaced by U+FFFD (the replacement character). */
export function cleanText(value: string): string {
  return value.replace(NUL, '').replace(LONE_SURROGATE, '\uFFFD');
}

/** A parsed JSON value (or any plain data) with `cleanText` applied to every string and object key. */
export function cleanDeep<T>(value: T): T {
  if (typeof value === 'string') return cleanText(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => cleanDeep(v)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [cleanText(k), cleanDeep(v)])) as T;
  }
  return value;
}

/** True when any string or key inside `value` (parsed JSON) holds a NUL or an unpaired surrogate. */
export function hasUnstorableDeep(value: unknown): boolean {
  if (typeof value === 'string') return hasUnstorableText(value);
  if (Array.isArray(value)) return value.some(hasUnstorableDeep);
  if (value && typeof value === 'object') {
    return Object.entries(value).some(([k, v]) => hasUnstorableText(k) || hasUnstorableDeep(v));
  }
  return false;
}

/** Search-param values (`string | string[] | undefined`) with `cleanText` applied. */
export function cleanParamValue(value: unknown): unknown {
  if (typeof value === 'string') return cleanText(value);
  if (Array.isArray(value)) return value.map(cleanParamValue);
  return value;
}

/** A form posted as an object (FormData → object): the fields whose text cannot be stored, with the message. */
export function badTextFields(values: Record<string, unknown>): Record<string, string[]> | null {
  const bad = Object.entries(values)
    .filter(([, value]) =>
      (Array.isArray(value) ? value : [value]).some((v) => typeof v === 'string' && hasUnstorableText(v)),
    )
    .map(([key]): [string, string[]] => [key, [BAD_TEXT_MESSAGE]]);
  // Object.fromEntries keeps a field named `__proto__` as an own key (an assignment would not).
  return bad.length > 0 ? Object.fromEntries(bad) : null;
}

/** A zod preprocess step for URL values: strips what cannot be stored before the value's own schema. */
export function cleaned<T extends z.ZodType>(schema: T) {
  return z.preprocess(cleanParamValue, schema);
}
