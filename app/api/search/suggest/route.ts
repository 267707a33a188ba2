import { NextResponse, type NextRequest } from 'next/server';
import { inEnglish } from '@/lib/validations/messages';
import { suggestQuerySchema } from '@/lib/validations/search';
import { cachedSuggestions } from '@/server/catalog-cache';

/**
 * Suggestions while typing in the header's search box (components/layout/search-suggest.tsx): GET
 * ?q=<what is typed>, JSON `{ suggestions: [{ kind, label, href }] }`. Public and the same for everybody
 * (no cookie or session is read), so browsers and shared caches may keep an answer for a minute; the
 * server keeps it in the catalog cache, which admin changes expire.
 */
export async function GET(request: NextRequest) {
  const parsed = suggestQuerySchema.safeParse(request.nextUrl.searchParams.get('q') ?? '');
  if (!parsed.success) {
    return NextResponse.json(
      // Nobody reads this but a developer (the search box ignores a refused query): the message's English words.
      { error: inEnglish(parsed.error.issues[0]?.message ?? 'Invalid query.') },
      { status: 400, headers: { 'Cache-Control': 'no-store' } },
    );
  }
  const suggestions = parsed.data ? await cachedSuggestions(parsed.data) : [];
  return NextResponse.json(
    { suggestions },
    { headers: { 'Cache-Control': 'public, max-age=60, stale-while-revalidate=300' } },
  );
}
