import { openNotification } from '@/db/queries/notifications';
import { notificationIdSchema } from '@/lib/validations/notifications';
import { notFoundResponse, seeOther, signedInWith } from '@/server/private-responses';

/**
 * A notification's link (the notifications page, the header menu): marks it read, then goes where it
 * points, a path on this site (announcement links are checked when sent; seeOther keeps it a path). A plain
 * link, so it works without JavaScript. Signed out, malformed or somebody else's: the same 404.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const signedIn = await signedInWith(await params, notificationIdSchema);
  if (!signedIn) return notFoundResponse();
  const opened = await openNotification(signedIn.user.id, signedIn.params.id);
  if (!opened) return notFoundResponse();
  return seeOther(opened.link ?? '/account/notifications');
}
