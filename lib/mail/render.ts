import { shop } from '../site';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

export type EmailContent = {
  /** First line of the body ("Hello Mai,"). */
  greeting: string;
  /** Paragraphs of plain text; user-written text is fine here, it is escaped in the HTML. */
  paragraphs: string[];
  /** Label → value rows (an order's amount, reference, deadline), under the paragraphs. */
  details?: [label: string, value: string][];
  /** An inline image attached with this content id (the HTML part shows it; the text part says `note`). */
  image?: { cid: string; alt: string; note: string };
  action?: { label: string; url: string };
  /** A quoted block (e.g. the message being answered). */
  quote?: string;
  footer?: string;
};

export type RenderedEmail = { text: string; html: string };

/** One layout for every email: a plain-text body and an HTML body with the same content, signed with the shop's name. */
export function renderEmail(content: EmailContent): RenderedEmail {
  const signature = shop().name;
  const text = [
    content.greeting,
    ...content.paragraphs,
    ...(content.details?.length ? [content.details.map(([label, value]) => `${label}: ${value}`).join('\n')] : []),
    ...(content.image ? [content.image.note] : []),
    ...(content.action ? [`${content.action.label}: ${content.action.url}`] : []),
    ...(content.quote
      ? [
          content.quote
            .split('\n')
            .map((l) => `> ${l}`)
            .join('\n'),
        ]
      : []),
    ...(content.footer ? [content.footer] : []),
    `— ${signature}`,
  ].join('\n\n');

  const p = (s: string) => `<p style="margin:0 0 16px">${escapeHtml(s).replaceAll('\n', '<br>')}</p>`;
  const html = [
    '<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#0f172a;line-height:1.5">',
    '<div style="max-width:560px;margin:0 auto;padding:24px">',
    p(content.greeting),
    ...content.paragraphs.map(p),
    content.details?.length
      ? `<table role="presentation" style="margin:0 0 16px;border-collapse:collapse">${content.details
          .map(
            ([label, value]) =>
              `<tr><td style="padding:2px 16px 2px 0;color:#55627a">${escapeHtml(label)}</td><td style="padding:2px 0;font-weight:600">${escapeHtml(value)}</td></tr>`,
          )
          .join('')}</table>`
      : '',
    content.image
      ? `<p style="margin:0 0 16px"><img src="cid:${escapeHtml(content.image.cid)}" alt="${escapeHtml(content.image.alt)}" width="264" height="264" style="display:block;border:1px solid #e2e8f0;border-radius:8px"></p>`
      : '',
    content.action
      ? `<p style="margin:24px 0"><a href="${escapeHtml(content.action.url)}" style="background:#1f57d1;color:#fff;padding:10px 16px;border-radius:8px;text-decoration:none">${escapeHtml(content.action.label)}</a></p>`
      : '',
    content.quote
      ? `<blockquote style="margin:0 0 16px;padding-left:12px;border-left:3px solid #e2e8f0;color:#55627a">${escapeHtml(content.quote).replaceAll('\n', '<br>')}</blockquote>`
      : '',
    content.footer ? `<p style="margin:0 0 16px;color:#55627a;font-size:13px">${escapeHtml(content.footer)}</p>` : '',
    `<p style="margin:0;color:#55627a">— ${escapeHtml(signature)}</p>`,
    '</div></body></html>',
  ].join('');
  return { text, html };
}
