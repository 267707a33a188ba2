import { useTranslations } from 'next-intl';
import { ActionButton } from '@/components/admin/action-button';
import type { AdminAsset } from '@/db/queries/admin/workflows';
import { deleteWorkflowAssetAction, moveWorkflowAssetAction } from '@/actions/admin/workflow-assets';

const KIND = { image: 'assets.image', video: 'assets.video', file: 'assets.file', doc: 'assets.doc' } as const;

function sizeOf(bytes: number | null): string {
  if (!bytes) return '';
  return bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A workflow's images, videos, files and docs in their order; the first image is the cover. */
export function AssetList({ assets }: { assets: AdminAsset[] }) {
  const t = useTranslations('admin');
  if (assets.length === 0) return <p className="text-sm text-muted">{t('assets.empty')}</p>;
  const cover = assets.find((a) => a.kind === 'image')?.id;
  return (
    <ol className="divide-y divide-line rounded-xl border border-line">
      {assets.map((a) => {
        const name = a.title ?? a.alt ?? a.storageKey.split('/').pop() ?? a.kind;
        return (
          <li key={a.id} className="flex flex-wrap items-center gap-3 p-3 text-sm">
            {a.kind === 'image' ? (
              // eslint-disable-next-line @next/next/no-img-element
              <img src={a.storageKey} alt={a.alt ?? ''} className="h-14 w-24 rounded border border-line object-cover" />
            ) : (
              <span className="flex h-14 w-24 items-center justify-center rounded border border-line bg-canvas text-xs text-muted">
                {t(KIND[a.kind])}
              </span>
            )}
            <div className="min-w-40 flex-1">
              <p className="font-medium">{name}</p>
              <p className="text-xs text-muted">
                {t(KIND[a.kind])}
                {a.contentType ? ` · ${a.contentType}` : ''}
                {a.sizeBytes ? ` · ${sizeOf(a.sizeBytes)}` : ''}
                {a.id === cover ? ` · ${t('assets.cover')}` : ''}
              </p>
            </div>
            <div className="flex flex-wrap items-center gap-1">
              <ActionButton
                action={moveWorkflowAssetAction}
                fields={{ assetId: a.id, direction: 'up' }}
                variant="ghost"
              >
                <span aria-hidden="true">↑</span>
                <span className="sr-only">{t('assets.up', { name })}</span>
              </ActionButton>
              <ActionButton
                action={moveWorkflowAssetAction}
                fields={{ assetId: a.id, direction: 'down' }}
                variant="ghost"
              >
                <span aria-hidden="true">↓</span>
                <span className="sr-only">{t('assets.down', { name })}</span>
              </ActionButton>
              <ActionButton
                action={deleteWorkflowAssetAction}
                fields={{ assetId: a.id }}
                variant="ghost"
                pendingLabel={t('aliases.removing')}
              >
                {t('aliases.remove')}
                <span className="sr-only"> {name}</span>
              </ActionButton>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
