import { connection } from 'next/server';
import { isDatabaseUp } from '@/db/queries/health';

export async function GET() {
  // Asked per request, never answered from the build.
  await connection();
  const up = await isDatabaseUp();
  return Response.json(up ? { status: 'ok' } : { status: 'error', message: 'The database does not answer.' }, {
    status: up ? 200 : 503,
    headers: { 'Cache-Control': 'no-store' },
  });
}
