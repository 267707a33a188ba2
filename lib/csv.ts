import { formatIsoLocal, shopDay } from '@/lib/format-date-time';
import { cleanText } from '@/lib/validations/text';

/**
 * CSV as RFC 4180 describes it: CRLF line ends; a field holding a comma, a double quote, CR or LF is
 * wrapped in double quotes, and a double quote inside is written twice. Streamed: rows go out in
 * batches as the database returns them, never all in memory.
 */
const NEEDS_QUOTES = /[",\r\n]/;
/** A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first), unless it is a plain number. */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  // NUL and unpaired surrogates (e.g. from a JSON column) would corrupt the file for spreadsheet apps.
  let text = cleanText(value instanceof Date ? formatIsoLocal(value) : String(value));
  // Spreadsheet formula injection (OWASP "CSV injection"): a leading apostrophe makes the cell text.
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly unknown[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/**
 * A byte stream of the header and then every batch of rows. A UTF-8 byte order mark comes first so
 * spreadsheet apps read Vietnamese names correctly. The next batch is only fetched when the client
 * has read the previous one (pull), and a client that goes away stops the query loop (cancel).
 */
export function csvStream(
  header: readonly string[],
  batches: AsyncIterable<readonly (readonly unknown[])[]>,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`\uFEFF${csvLine(header)}`));
    },
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) {
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(next.value.map(csvLine).join('')));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/** `purchases-2026-11-25.csv` (the shop's day) */
export function csvFilename(name: string, now = new Date()): string {
  return `${name}-${shopDay(now)}.csv`;
}
