import { useTranslations } from 'next-intl';
import type { Canvas } from '@/lib/workflows/canvas';
import type { WorkflowAnalysis } from '@/lib/workflows/analyze';
import { WorkflowCanvas } from './workflow-canvas';

/** "Will it run on my n8n?": what the buyer needs before importing, read from the workflow JSON. */
export function N8nCheck({ analysis, canvas, title }: { analysis: WorkflowAnalysis; canvas: Canvas; title: string }) {
  const t = useTranslations('workflow');
  const a = analysis;
  return (
    <section aria-labelledby="n8n-check-heading" className="rounded-2xl border border-line bg-surface p-6">
      <h2 id="n8n-check-heading" className="text-xl font-semibold">
        {t('n8nHeading')}
      </h2>
      <p className="mt-1 text-sm text-muted">{t('n8nIntro')}</p>
      <div className="mt-4">
        <WorkflowCanvas canvas={canvas} title={title} />
      </div>
      <dl className="mt-6 grid gap-x-8 gap-y-4 sm:grid-cols-2">
        <div>
          <dt className="text-sm font-medium text-muted">{t('n8nNodes')}</dt>
          <dd className="mt-1 font-semibold">{a.nodeCount}</dd>
        </div>
        <div>
          <dt className="text-sm font-medium text-muted">{t('n8nMinVersion')}</dt>
          <dd className="mt-1 font-semibold">
            {a.minN8nVersion ? t('n8nMinVersionValue', { version: a.minN8nVersion }) : t('n8nNotStated')}
          </dd>
        </div>
        <div>
          <dt className="text-sm font-medium text-muted">{t('n8nApps')}</dt>
          <dd className="mt-1">{a.apps.length > 0 ? a.apps.join(', ') : t('n8nAppsNone')}</dd>
        </div>
        <div>
          <dt className="text-sm font-medium text-muted">{t('n8nCredentials')}</dt>
          <dd className="mt-1">
            {a.credentials.length > 0 ? (
              <ul className="list-inside list-disc">
                {a.credentials.map((c) => (
                  <li key={c.type}>{c.label}</li>
                ))}
              </ul>
            ) : (
              t('n8nNone')
            )}
          </dd>
        </div>
        <div className="sm:col-span-2">
          <dt className="text-sm font-medium text-muted">{t('n8nCommunity')}</dt>
          <dd className="mt-1">
            {a.communityNodes.length > 0 ? (
              <div role="note" className="rounded-lg border border-warning/40 bg-amber-50 p-3 text-sm">
                <p className="font-medium text-warning">{t('n8nInstallFirst')}</p>
                <ul className="mt-1 list-inside list-disc">
                  {a.communityNodes.map((c) => (
                    <li key={c.type}>
                      <code>{c.packageName}</code> {t('n8nUsedBy', { nodes: c.nodes.join(', ') })}
                    </li>
                  ))}
                </ul>
              </div>
            ) : (
              t('n8nCommunityNone')
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
