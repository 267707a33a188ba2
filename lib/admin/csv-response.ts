import { csvFilename, csvStream } from '@/lib/csv';

/** A streamed CSV download that no cache keeps. */
export function csvResponse(name: string, header: readonly string[], batches: AsyncIterable<unknown[][]>): Response {
  return new Response(csvStream(header, batches), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${csvFilename(name)}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
