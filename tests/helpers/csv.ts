import { csvStream } from '@/lib/csv';

/** A small RFC 4180 reader, to check that what we write reads back to the same values. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

/** Every byte of a stream as text, byte order mark included. */
export async function readStream(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
}

/** Streams rows through csvStream and reads them back as records keyed by the header. */
export async function csvRecords(header: readonly string[], batches: AsyncIterable<unknown[][]>) {
  const [head, ...rows] = parseCsv((await readStream(csvStream(header, batches))).replace(/^\uFEFF/, ''));
  return rows.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i]])));
}
