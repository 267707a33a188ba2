/**
 * The update notice a buyer gets when a workflow they own has a new release (issue 17): the in-app
 * notice and the email, in the reader's language, with a short summary of what changed built from the
 * node-level diff (lib/workflows/diff.ts: counts and credential *types* only, never a parameter value or a
 * credential record). Written once per language and copied to every buyer by one statement
 * (db/queries/release-notices.ts), so the email's greeting carries BUYER_NAME, replaced there by each
 * buyer's name.
 */
import type { ReleaseDiff } from '../workflows/diff';
import { credentialLabel } from '../workflows/node-types';
import { emailTranslator, pageUrl, type MailLocale } from './email-text';
import { renderEmail, type RenderedEmail } from './render';

/** Stands for the buyer's name in a rendered release email; no character of it is changed by HTML escaping. */
export const BUYER_NAME = '{{buyer-name}}';

export type ReleaseFacts = {
  /** `1.2.0` */
  version: string;
  /** In the reader's language already. */
  title: string;
  slug: string;
  diff: ReleaseDiff;
};

/** The parts of the summary ("2 steps added", "1 step removed", …); empty when no step or connection changed. */
export function releaseSummary(locale: MailLocale, diff: ReleaseDiff): string[] {
  const t = emailTranslator(locale);
  const changed = new Set([
    ...diff.renamed.map((r) => r.to),
    ...diff.typeChanged.map((c) => c.name),
    ...diff.versionChanged.map((c) => c.name),
  ]).size;
  const connections = diff.connectionsAdded.length + diff.connectionsRemoved.length;
  const parts: string[] = [];
  if (diff.added.length) parts.push(t('release.added', { count: diff.added.length }));
  if (diff.removed.length) parts.push(t('release.removed', { count: diff.removed.length }));
  if (changed) parts.push(t('release.changed', { count: changed }));
  if (connections) parts.push(t('release.connections', { count: connections }));
  if (diff.newCredentials.length) {
    const names = diff.newCredentials.map((c) => credentialLabel(c.type)).join(', ');
    parts.push(t('release.credentials', { names }));
  }
  return parts;
}

const capitalized = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** The in-app notice: "v1.2.0 of “…” is out" and what changed. */
export function releaseNoticeText(locale: MailLocale, facts: ReleaseFacts): { title: string; message: string } {
  const t = emailTranslator(locale);
  const parts = releaseSummary(locale, facts.diff);
  return {
    title: t('notice.release.title', { version: facts.version, title: facts.title }),
    message: parts.length
      ? t('notice.release.message', { summary: capitalized(parts.join(', ')) })
      : t('release.noChanges'),
  };
}

/** The email, greeting `name` (BUYER_NAME when it is written once for every buyer). */
export function releaseEmail(
  locale: MailLocale,
  facts: ReleaseFacts,
  name: string = BUYER_NAME,
): RenderedEmail & { subject: string } {
  const t = emailTranslator(locale);
  const parts = releaseSummary(locale, facts.diff);
  return {
    subject: t('release.subject', { version: facts.version, title: facts.title }),
    ...renderEmail({
      greeting: t('greeting', { name }),
      paragraphs: [
        t('release.body', { version: facts.version, title: facts.title }),
        parts.length ? t('release.changes', { summary: parts.join(', ') }) : t('release.noChanges'),
      ],
      action: { label: t('release.action'), url: pageUrl(locale, `/account/library/${facts.slug}`) },
      footer: t('release.footer', { url: pageUrl(locale, `/workflows/${facts.slug}`) }),
    }),
  };
}
