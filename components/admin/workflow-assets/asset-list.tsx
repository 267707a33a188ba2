import { ActionButton } from '@/components/admin/action-button';
import type { AdminAsset } from '@/db/queries/admin/workflows';
import { deleteWorkflowAssetAction, moveWorkflowAssetAction } from '@/actions/admin/workflow-assets';

const KIND = { image: 'Image', video: 'Video', file: 'File', doc: 'Doc' } as const;

function sizeOf(bytes: number | null): string {
  if (!bytes) return '';
  return bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A workflow's images, videos, files and docs in their order; the first image is the cover. */
export function AssetList({ assets }: { assets: AdminAsset[] }) {
  if (assets.length === 0) return <p className="text-sm text-muted">No images or files yet.</p>;
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
                {KIND[a.kind]}
              </span>
            )}
            <div className="min-w-40 flex-1">
              <p className="font-medium">{name}</p>
              <p className="text-xs text-muted">
                {KIND[a.kind]}
                {a.contentType ? ` · ${a.contentType}` : ''}
                {a.sizeBytes ? ` · ${sizeOf(a.sizeBytes)}` : ''}
                {a.id === cover ? ' · cover' : ''}
              </p>
            </div>
            <div className="flex flex-wrap items-center gap-1">
              <ActionButton
                action={moveWorkflowAssetAction}
                fields={{ assetId: a.id, direction: 'up' }}
                variant="ghost"
              >
                <span aria-hidden="true">↑</span>
                <span className="sr-only">Move {name} up</span>
              </ActionButton>
              <ActionButton
                action={moveWorkflowAssetAction}
                fields={{ assetId: a.id, direction: 'down' }}
                variant="ghost"
              >
                <span aria-hidden="true">↓</span>
                <span className="sr-only">Move {name} down</span>
              </ActionButton>
              <ActionButton
                action={deleteWorkflowAssetAction}
                fields={{ assetId: a.id }}
                variant="ghost"
                pendingLabel="Removing…"
              >
                Remove<span className="sr-only"> {name}</span>
              </ActionButton>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
