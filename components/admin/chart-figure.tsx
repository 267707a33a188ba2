import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';

type Column = { key: string; label: string };

/**
 * A chart with a caption, and the same numbers as a table under "Show data" for screen readers,
 * keyboard users and anyone who wants the exact figures.
 */
export function ChartFigure({
  title,
  caption,
  columns,
  rows,
  children,
}: {
  title: string;
  caption?: string;
  columns: Column[];
  rows: Array<Record<string, string | number>>;
  children: ReactNode;
}) {
  const t = useTranslations('admin');
  return (
    <figure className="rounded-xl border border-line bg-surface p-4">
      <figcaption>
        <h2 className="font-semibold">{title}</h2>
        {caption ? <p className="text-sm text-muted">{caption}</p> : null}
      </figcaption>
      <div className="mt-4" aria-hidden="true">
        {children}
      </div>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-muted">{t('charts.showData')}</summary>
        {rows.length === 0 ? (
          <p className="mt-2 text-muted">{t('charts.noData')}</p>
        ) : (
          <table className="mt-2 w-full text-left">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c.key} scope="col" className="py-1 pr-4 font-medium">
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <tr key={i} className="border-t border-line">
                  {columns.map((c) => (
                    <td key={c.key} className="py-1 pr-4">
                      {row[c.key]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </details>
    </figure>
  );
}
