import { isDatabaseUp } from '@/db/queries/health';

export const dynamic = 'force-dynamic';

export async function GET() {
  const up = await isDatabaseUp();
  return Response.json(up ? { status: 'ok' } : { status: 'error', message: 'The database does not answer.' }, {
    status: up ? 200 : 503,
    headers: { 'Cache-Control': 'no-store' },
  });
}
