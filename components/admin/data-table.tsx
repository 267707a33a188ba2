import type { ReactNode } from 'react';

/** The admin lists' table: a header row of column names, the body rows, and a line when empty. */
export function DataTable({
  columns,
  children,
  empty,
  isEmpty,
  caption,
}: {
  columns: ReactNode[];
  children: ReactNode;
  empty: string;
  isEmpty: boolean;
  caption?: string;
}) {
  return (
    // Scrolls sideways on a phone: focusable so the keyboard can scroll it, a region named by its caption.
    <div
      role={caption ? 'region' : undefined}
      aria-label={caption}
      tabIndex={0}
      className="mt-2 overflow-x-auto rounded-xl border border-line bg-surface"
    >
      <table className="w-full text-left text-sm">
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <thead className="border-b border-line text-muted">
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col" className="px-4 py-2 font-medium whitespace-nowrap">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-line [&_td]:px-4 [&_td]:py-2">{children}</tbody>
      </table>
      {isEmpty ? <p className="p-4 text-sm text-muted">{empty}</p> : null}
    </div>
  );
}
