import type { ReactNode } from 'react';

/** A region named by its own heading: `aria-labelledby` and the heading's `id` are the same value, always. */
export function LabelledSection({
  id,
  title,
  className,
  headingClassName = 'font-semibold',
  children,
}: {
  /** The heading's id, e.g. "history-heading". */
  id: string;
  title: ReactNode;
  className?: string;
  headingClassName?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className={headingClassName}>
        {title}
      </h2>
      {children}
    </section>
  );
}
