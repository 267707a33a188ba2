import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '@/db';
import { localTitle } from '@/lib/workflows/localized';
import { BUYER_NAME, releaseEmail, releaseNoticeText } from '@/lib/mail/release-emails';
import { routing } from '@/i18n/routing';
import type { ReleaseDiff } from '@/lib/workflows/diff';

export type ReleaseToAnnounce = {
  releaseId: string;
  workflowId: string;
  version: string;
  slug: string;
  title: string;
  titleVi: string | null;
  diff: ReleaseDiff;
};

/** Text for HTML, as lib/mail/render.ts `escapeHtml` writes it, in SQL. */
const escapedHtml = (column: SQL) =>
  sql`replace(replace(replace(replace(replace(${column}, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;')`;

/**
 * Tells every buyer of the workflow (an ACTIVE purchase, an account that is neither disabled nor deleted)
 * of a new release: one in-app notice and one queued email each, in their language (users.locale), in the
 * caller's transaction. One statement whatever the number of buyers: a `release_notices` row per buyer
 * (primary key (release, buyer), `on conflict do nothing`), and the notice and the email only for the rows
 * that insert added, so calling it again for one release tells nobody twice. The texts are rendered once
 * per language here; the statement copies them and puts each buyer's name in the greeting. Answers how
 * many buyers were told now. The caller kicks the mail delivery after its commit.
 */
export async function announceRelease(
  tx: Executor,
  release: ReleaseToAnnounce,
  now = new Date(),
): Promise<{ told: number; mailed: number }> {
  const texts = routing.locales.map((locale) => {
    const facts = {
      version: release.version,
      title: localTitle(locale, release.title, release.titleVi),
      slug: release.slug,
      diff: release.diff,
    };
    const notice = releaseNoticeText(locale, facts);
    const mail = releaseEmail(locale, facts);
    return sql`(${locale}::text, ${notice.title}::text, ${notice.message}::text, ${mail.subject}::text, ${mail.text}::text, ${mail.html}::text)`;
  });
  const link = `/account/library/${release.slug}`;
  const at = sql`${now.toISOString()}::timestamptz`;
  const [row] = await queryRows<{ told: number; mailed: number }>(
    tx,
    sql`with buyers as (
          select distinct p.user_id
          from purchases p
          join users u on u.id = p.user_id
          where p.workflow_id = ${release.workflowId}
            and p.status = 'ACTIVE'
            and u.disabled_at is null
            and u.deleted_at is null
        ), told as (
          insert into release_notices (release_id, user_id, created_at)
          select ${release.releaseId}::uuid, user_id, ${at} from buyers
          on conflict do nothing
          returning user_id
        ), texts (locale, title, message, subject, body_text, body_html) as (
          values ${sql.join(texts, sql`, `)}
        ), recipients as (
          select u.id, u.email, u.name, t.title, t.message, t.subject, t.body_text, t.body_html
          from told
          join users u on u.id = told.user_id
          join texts t on t.locale = u.locale
        ), noticed as (
          insert into notifications (user_id, type, title, message, link, created_at)
          select id, 'SUCCESS'::notification_type, title, message, ${link}, ${at} from recipients
          returning 1
        ), mailed as (
          insert into email_outbox ("to", subject, text, html, sensitive, status, next_attempt_at, created_at)
          select email, subject,
                 replace(body_text, ${BUYER_NAME}, name),
                 replace(body_html, ${BUYER_NAME}, ${escapedHtml(sql`name`)}),
                 false, 'pending', ${at}, ${at}
          from recipients
          returning 1
        )
        select (select count(*) from noticed)::int as told, (select count(*) from mailed)::int as mailed`,
  );
  return { told: row?.told ?? 0, mailed: row?.mailed ?? 0 };
}
