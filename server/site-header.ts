import 'server-only';
import { countFavorites } from '@/db/queries/favorites';
import { getNotificationSummary } from '@/db/queries/notifications';
import { getCurrentUser } from '@/server/auth/guards';

/**
 * What the header shows a signed-in visitor: the account, the bell and the favorites count. Read per
 * request, only by the layouts of the personal page variant; the anonymous variant (app/public-view)
 * never reads the session, so its HTML can be cached and shared.
 */
export async function getSiteHeaderState() {
  const user = await getCurrentUser();
  if (!user) return { user: null, unread: 0, latestNotifications: [], favoriteCount: 0 };
  const [notifications, favoriteCount] = await Promise.all([getNotificationSummary(user.id), countFavorites(user.id)]);
  return { user, unread: notifications.unread, latestNotifications: notifications.latest, favoriteCount };
}
