/** How long ago `from` was, coarse and short: "4 min", "3 h 20 min", "2 days 5 h". */
export function formatAge(from: Date, now: Date = new Date()): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - from.getTime()) / 60_000));
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  const unit = days === 1 ? 'day' : 'days';
  return hours % 24 ? `${days} ${unit} ${hours % 24} h` : `${days} ${unit}`;
}

/** A minute count as a duration: 45 → "45 min", 135 → "2 h 15 min". */
export function formatMinutes(total: number): string {
  if (total < 1) return 'under a minute';
  return formatAge(new Date(0), new Date(total * 60_000));
}
