import type { NotificationType } from '@/db/schema/enums';

/** How each type looks: a label for screen readers and colours for everyone else. */
export const notificationStyle: Record<
  NotificationType,
  { label: string; icon: string; accent: string; badge: string }
> = {
  SUCCESS: { label: 'Success', icon: '✓', accent: 'border-l-success', badge: 'bg-green-50 text-success' },
  WARNING: { label: 'Warning', icon: '!', accent: 'border-l-warning', badge: 'bg-amber-50 text-warning' },
  ERROR: { label: 'Error', icon: '×', accent: 'border-l-danger', badge: 'bg-red-50 text-danger' },
};
