import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { ImportUrl, LibraryEntry } from '@/server/library';
import { buttonClass } from '@/components/ui/button-class';
import { inputClass } from '@/components/ui/field';
import { LabelledSection } from '@/components/ui/labelled-section';
import { formatDate, formatDateTime } from '@/lib/format-date-time';

/** Every release of an owned workflow, newest first, each with its own download (issue 17). */
export async function LibraryReleases({ entry, locale }: { entry: LibraryEntry; locale: Locale }) {
  const t = await getTranslations('account');
  if (entry.releases.length === 0) return null;
  return (
    <LabelledSection
      id="releases"
      title={t('library.releases')}
      className="rounded-xl border border-line bg-surface p-5"
      headingClassName="text-lg font-semibold"
    >
      <p className="mt-1 text-sm text-muted">{t('library.releasesIntro')}</p>
      <ul className="mt-3 space-y-2">
        {entry.releases.map((release, index) => (
          <li
            key={release.id}
            aria-label={t('library.version', { version: release.version })}
            className="flex flex-wrap items-center justify-between gap-2"
          >
            <span>
              <span className="font-medium">{t('library.version', { version: release.version })}</span>{' '}
              <span className="text-sm text-muted">
                {t('library.releasePublished', { date: formatDate(release.publishedAt, locale) })}
                {index === 0 ? ` · ${t('library.releaseLatest')}` : ''}
                {release.downloaded ? ` · ${t('library.releaseDownloaded')}` : ''}
              </span>
            </span>
            <a href={`/api/library/${entry.slug}/releases/${release.id}`} download className={buttonClass('secondary')}>
              {t('library.downloadRelease', { version: release.version })}
            </a>
          </li>
        ))}
      </ul>
    </LabelledSection>
  );
}

/**
 * "Import into n8n": a GET form back to this page (`?import=<release id>#import`) that shows a freshly
 * signed URL, so it works without JavaScript; then the three steps to paste it into n8n.
 */
export async function LibraryImport({
  entry,
  signed,
  locale,
}: {
  entry: LibraryEntry;
  signed: ImportUrl | null;
  locale: Locale;
}) {
  const t = await getTranslations('account');
  const latest = entry.releases[0];
  if (!latest) return null;
  return (
    <LabelledSection
      id="import"
      title={t('library.importTitle')}
      className="rounded-xl border border-line bg-surface p-5"
      headingClassName="text-lg font-semibold"
    >
      <p className="mt-1 text-sm text-muted">{t('library.importIntro')}</p>
      <form method="get" action={`#import`} className="mt-3 flex flex-wrap items-end gap-3">
        <div className="space-y-1">
          <label htmlFor="import-release" className="block text-sm font-medium text-ink">
            {t('library.importRelease')}
          </label>
          <select id="import-release" name="import" defaultValue={latest.id} className={inputClass}>
            {entry.releases.map((release) => (
              <option key={release.id} value={release.id}>
                {t('library.version', { version: release.version })}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClass('primary')}>
          {t('library.importSubmit')}
        </button>
      </form>
      {signed ? (
        <div className="mt-4 space-y-1">
          <label htmlFor="import-url" className="block text-sm font-medium text-ink">
            {t('library.importUrl', { version: signed.version })}
          </label>
          <input
            id="import-url"
            readOnly
            value={signed.url}
            className={`${inputClass} font-mono`}
            aria-describedby="import-url-hint"
          />
          <p id="import-url-hint" className="text-xs text-muted">
            {t('library.importExpires', { time: formatDateTime(signed.expiresAt, locale) })}
          </p>
        </div>
      ) : null}
      <h3 className="mt-4 font-semibold">{t('library.importStepsTitle')}</h3>
      <ol className="mt-2 list-decimal space-y-1 pl-5 text-sm">
        <li>{t('library.importStep1')}</li>
        <li>{t('library.importStep2')}</li>
        <li>{t('library.importStep3')}</li>
      </ol>
    </LabelledSection>
  );
}
