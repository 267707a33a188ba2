/**
 * A URL whose path or query does not percent-decode to valid UTF-8, or decodes to a NUL character
 * (`/categories/%ED%A0%80`, `/workflows?q=%00`), cannot name anything on this site: Next fails while
 * decoding route parameters, and Postgres refuses NUL and invalid UTF-8. Such requests get a 400 before
 * any route runs. Pure (no Node or Next imports), so the proxy can use it.
 */
const hexValue = (b: number | undefined): number =>
  b === undefined
    ? -1
    : b >= 0x30 && b <= 0x39
      ? b - 0x30
      : b >= 0x41 && b <= 0x46
        ? b - 0x37
        : b >= 0x61 && b <= 0x66
          ? b - 0x57
          : -1;
const utf8 = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();

/** True when `raw` (a still percent-encoded path or query) decodes to valid UTF-8 without NUL. */
export function isCleanUrlPart(raw: string): boolean {
  if (!raw.includes('%')) return !raw.includes('\u0000');
  const input = encoder.encode(raw);
  const out = new Uint8Array(input.length);
  let n = 0;
  for (let i = 0; i < input.length; i++) {
    const byte = input[i]!;
    // A '%' not followed by two hex digits stays a literal '%', as URLSearchParams reads it.
    if (byte === 0x25) {
      const high = hexValue(input[i + 1]);
      const low = hexValue(input[i + 2]);
      if (high >= 0 && low >= 0) {
        out[n++] = high * 16 + low;
        i += 2;
        continue;
      }
    }
    out[n++] = byte;
  }
  const bytes = out.subarray(0, n);
  if (bytes.includes(0)) return false;
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export const BAD_URL_MESSAGE =
  'Bad request: this address holds a NUL byte or characters that are not valid UTF-8. Check the link, or type the address again.';

/** The 400 answer for a URL that fails `isCleanUrlPart`, or null when the URL is fine. */
export function badUrlResponse(url: { pathname: string; search: string }): Response | null {
  if (isCleanUrlPart(url.pathname) && isCleanUrlPart(url.search)) return null;
  return new Response(BAD_URL_MESSAGE, {
    status: 400,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
