import { Link } from '@/i18n/navigation';
import type { WorkflowDetail } from '@/db/queries/catalog/get-workflow';

const LEVELS = { beginner: 'Beginner', intermediate: 'Intermediate', advanced: 'Advanced' } as const;

/** Categories, apps, setup time and level at a glance. */
export function WorkflowFacts({ workflow: w }: { workflow: WorkflowDetail }) {
  return (
    <dl className="grid grid-cols-2 gap-4 rounded-2xl border border-line bg-surface p-5 text-sm">
      <div className="col-span-2">
        <dt className="font-medium text-muted">Categories</dt>
        <dd className="mt-1 flex flex-wrap gap-2">
          {w.categories.map((c) => (
            <Link
              key={c.slug}
              href={`/categories/${c.slug}`}
              className="rounded-full bg-brand-50 px-2.5 py-0.5 text-brand-700 hover:bg-brand-100"
            >
              {c.name}
            </Link>
          ))}
        </dd>
      </div>
      <div className="col-span-2">
        <dt className="font-medium text-muted">Apps used</dt>
        <dd className="mt-1 flex flex-wrap gap-2">
          {w.apps.map((app) => (
            <Link
              key={app}
              href={`/workflows?app=${encodeURIComponent(app)}`}
              className="rounded-full border border-line px-2.5 py-0.5 hover:border-brand-500"
            >
              {app}
            </Link>
          ))}
        </dd>
      </div>
      <div>
        <dt className="font-medium text-muted">Setup time</dt>
        <dd className="mt-1">{w.setupMinutes ? `About ${w.setupMinutes} minutes` : 'Not stated'}</dd>
      </div>
      <div>
        <dt className="font-medium text-muted">Level</dt>
        <dd className="mt-1">{w.level ? LEVELS[w.level] : 'Not stated'}</dd>
      </div>
    </dl>
  );
}
