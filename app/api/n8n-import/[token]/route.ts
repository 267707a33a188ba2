import { fetchImportRelease } from '@/db/queries/purchases';
import { verifyImportToken } from '@/lib/workflows/import-token';

/** Nobody keeps a copy: the URL is a 15-minute key, and the purchase is checked on every fetch. */
const HEADERS = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };

/**
 * GET: the release JSON that a signed "Import into n8n" URL names (issue 17), without a cookie: n8n's
 * server fetches it. 403 when the token is malformed, tampered with or expired, or the purchase is no
 * longer ACTIVE (read from the database on every fetch). Authorization is the token itself
 * (lib/workflows/import-token.ts), not a session.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const claims = verifyImportToken(token);
  const release = claims && (await fetchImportRelease(claims.purchaseId, claims.releaseId));
  if (!release) return Response.json({ error: 'Forbidden' }, { status: 403, headers: HEADERS });
  return new Response(JSON.stringify(release.definition, null, 2), {
    headers: {
      ...HEADERS,
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `inline; filename="${release.slug}-${release.version}.json"`,
    },
  });
}
