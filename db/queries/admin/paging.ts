/** Shared by the admin lists: page size, offsets and LIKE patterns. */
export const ADMIN_PAGE_SIZE = 25;

export type Page<T> = { rows: T[]; total: number; page: number; pageCount: number };

export function offsetOf(page: number, size = ADMIN_PAGE_SIZE): number {
  return (Math.max(1, page) - 1) * size;
}

export function pageOf<T>(rows: T[], total: number, page: number, size = ADMIN_PAGE_SIZE): Page<T> {
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / size)) };
}

/** `50%_off` → `%50\%\_off%`: the admin's text matched literally anywhere (ILIKE's default escape is `\`). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
