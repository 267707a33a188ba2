import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { LibraryEntry } from '@/server/library';
import { buttonClass } from '@/components/ui/button-class';
import { renderMarkdown } from '@/lib/markdown';
import { LabelledSection } from '@/components/ui/labelled-section';

const formatSize = (bytes: number | null) =>
  bytes === null ? '' : bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(bytes < 10_240 ? 1 : 0)} KB`;

/** One owned workflow: downloads (through the owner-only route handlers), documentation and videos. */
export async function LibraryEntryView({ entry }: { entry: LibraryEntry }) {
  const t = await getTranslations('account');
  const base = `/api/library/${entry.slug}`;
  return (
    <div className="space-y-8">
      <LabelledSection
        id="downloads"
        title={t('library.downloads')}
        className="rounded-xl border border-line bg-surface p-5"
        headingClassName="text-lg font-semibold"
      >
        <ul className="mt-3 space-y-2">
          <li className="flex flex-wrap items-center justify-between gap-2">
            <span>
              <span className="font-medium">{t('library.json')}</span>{' '}
              <span className="text-sm text-muted">{t('library.jsonHint')}</span>
            </span>
            <a href={`${base}/workflow`} download className={buttonClass('primary')}>
              {t('library.downloadJson')}
            </a>
          </li>
          {entry.files.map((file) => (
            <li key={file.id} className="flex flex-wrap items-center justify-between gap-2">
              <span>
                <span className="font-medium">{file.title}</span>{' '}
                <span className="text-sm text-muted">
                  {file.fileName} {formatSize(file.sizeBytes)}
                </span>
              </span>
              <a href={`${base}/files/${file.id}`} download className={buttonClass('secondary')}>
                {t('library.download', { title: file.title })}
              </a>
            </li>
          ))}
        </ul>
      </LabelledSection>

      {entry.videos.length > 0 ? (
        <LabelledSection
          id="videos"
          title={t('library.video')}
          className="space-y-2"
          headingClassName="text-lg font-semibold"
        >
          <ul className="list-disc pl-5">
            {entry.videos.map((video) => (
              <li key={video.id}>
                <a
                  href={video.url}
                  className="text-brand-600 hover:underline"
                  rel="noopener noreferrer"
                  target="_blank"
                >
                  {video.title}
                </a>
              </li>
            ))}
          </ul>
        </LabelledSection>
      ) : null}

      {entry.docs.map((doc) => (
        <section key={doc.id} aria-label={doc.title} className="rounded-xl border border-line bg-surface p-5">
          {doc.markdown ? (
            <div
              className="prose-sm space-y-3 [&_h2]:text-lg [&_h2]:font-semibold [&_h3]:font-semibold [&_li]:ml-5 [&_ol]:list-decimal [&_ul]:list-disc"
              dangerouslySetInnerHTML={{ __html: renderMarkdown(doc.markdown) }}
            />
          ) : (
            <p className="text-sm text-muted">{t('library.docUnavailable', { title: doc.title })}</p>
          )}
        </section>
      ))}

      <p className="text-sm">
        <Link href={`/workflows/${entry.slug}`} className="text-brand-600 hover:underline">
          {t('library.catalogPage')}
        </Link>
        {entry.invoiceId ? (
          <>
            {' · '}
            <Link href={`/account/invoices/${entry.invoiceId}`} className="text-brand-600 hover:underline">
              {t('library.invoice')}
            </Link>
          </>
        ) : null}
      </p>
    </div>
  );
}
