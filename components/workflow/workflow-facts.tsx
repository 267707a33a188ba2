import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { WorkflowDetail } from '@/db/queries/catalog/get-workflow';

const LEVELS = { beginner: 'beginner', intermediate: 'intermediate', advanced: 'advanced' } as const;

/** Categories, apps, setup time and level at a glance. */
export function WorkflowFacts({ workflow: w }: { workflow: WorkflowDetail }) {
  const t = useTranslations('workflow');
  return (
    <dl className="grid grid-cols-2 gap-4 rounded-2xl border border-line bg-surface p-5 text-sm">
      <div className="col-span-2">
        <dt className="font-medium text-muted">{t('categories')}</dt>
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
        <dt className="font-medium text-muted">{t('apps')}</dt>
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
        <dt className="font-medium text-muted">{t('setupTime')}</dt>
        <dd className="mt-1">{w.setupMinutes ? t('setupMinutes', { minutes: w.setupMinutes }) : t('notStated')}</dd>
      </div>
      <div>
        <dt className="font-medium text-muted">{t('level')}</dt>
        <dd className="mt-1">{w.level ? t(LEVELS[w.level]) : t('notStated')}</dd>
      </div>
    </dl>
  );
}
