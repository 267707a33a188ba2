import { useTranslations } from 'next-intl';
import type { PublicRelease } from '@/db/queries/catalog/get-workflow';
import { renderMarkdown } from '@/lib/markdown';
import type { ReleaseDiff } from '@/lib/workflows/diff';
import { credentialLabel, humanize, nodeTypeInfo } from '@/lib/workflows/node-types';

const typeLabel = (type: string) => humanize(nodeTypeInfo(type).baseName);

/** One release's node-level changes, as sentences; nothing when the JSON's steps did not change. */
function DiffList({ diff }: { diff: ReleaseDiff }) {
  const t = useTranslations('workflow');
  const items = [
    ...diff.added.map((n) => t('releaseAdded', { name: n.name, type: typeLabel(n.type) })),
    ...diff.removed.map((n) => t('releaseRemoved', { name: n.name, type: typeLabel(n.type) })),
    ...diff.renamed.map((n) => t('releaseRenamed', { from: n.from, to: n.to })),
    ...diff.typeChanged.map((n) =>
      t('releaseTypeChanged', { name: n.name, from: typeLabel(n.fromType), to: typeLabel(n.toType) }),
    ),
    ...diff.versionChanged.map((n) =>
      t('releaseVersionChanged', { name: n.name, from: String(n.from), to: String(n.to) }),
    ),
    ...diff.newCredentials.map((c) =>
      t('releaseNewCredential', { credential: credentialLabel(c.type), nodes: c.nodes.join(', ') }),
    ),
    ...diff.connectionsAdded.map((l) => t('releaseConnectionAdded', { from: l.from, to: l.to })),
    ...diff.connectionsRemoved.map((l) => t('releaseConnectionRemoved', { from: l.from, to: l.to })),
  ];
  if (items.length === 0) return <p className="text-sm text-muted">{t('releaseNoStepChanges')}</p>;
  return (
    <div>
      <h4 className="text-sm font-medium">{t('releaseWhatChanged')}</h4>
      <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

/** The workflow's releases, newest first: version, date, changelog (sanitised Markdown) and what changed. */
export function ReleaseHistory({ releases }: { releases: (PublicRelease & { date: string })[] }) {
  const t = useTranslations('workflow');
  if (releases.length === 0) return null;
  return (
    <section aria-labelledby="releases-heading">
      <h2 id="releases-heading" className="text-xl font-semibold">
        {t('releaseHistory')}
      </h2>
      <ol className="mt-3 space-y-5">
        {releases.map((r) => (
          <li key={r.version} aria-label={`v${r.version}`} className="space-y-2 border-l-2 border-line pl-4">
            <h3 className="font-semibold">
              v{r.version} <span className="text-sm font-normal text-muted">· {r.date}</span>
            </h3>
            {r.minN8nVersion ? (
              <p className="text-xs text-muted">{t('releaseMinN8n', { version: r.minN8nVersion })}</p>
            ) : null}
            <div
              className="space-y-2 text-sm leading-relaxed [&_a]:text-brand-600 [&_a]:underline [&_ul]:list-disc [&_ul]:pl-5"
              dangerouslySetInnerHTML={{ __html: renderMarkdown(r.changelog, { headingsFrom: 4 }) }}
            />
            {r.diff ? <DiffList diff={r.diff} /> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
