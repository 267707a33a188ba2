import 'server-only';
import { getHeaderSummary } from '@/db/queries/header-summary';
import { getCurrentUser } from '@/server/auth/guards';

/**
 * What the header shows a signed-in visitor: the account, the bell and the favorites count (one
 * statement, db/queries/header-summary.ts). Read per request, only by the layouts of the personal page
 * variant; the anonymous variant (app/public-view) never reads the session, so its HTML can be cached and
 * shared.
 */
export async function getSiteHeaderState() {
  const user = await getCurrentUser();
  if (!user) return { user: null, unread: 0, latestNotifications: [], favoriteCount: 0 };
  const { unread, latest, favoriteCount } = await getHeaderSummary(user.id);
  return { user, unread, latestNotifications: latest, favoriteCount };
}
