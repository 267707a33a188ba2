import { parseCsv } from '@/lib/bank/csv';
import { csvStream } from '@/lib/csv';

/** Reads CSV with the bank-statement reader: what we write must read back to the same values. */
export const readCsv = (text: string) => parseCsv(text, ',');

/** Every byte of a stream as text, byte order mark included. */
export async function readStream(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
}

/** Streams rows through csvStream and reads them back as records keyed by the header. */
export async function csvRecords(header: readonly string[], batches: AsyncIterable<unknown[][]>) {
  const [head, ...rows] = readCsv(await readStream(csvStream(header, batches)));
  return rows.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i]])));
}
