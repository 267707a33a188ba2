import { marked } from 'marked';
import xssModule from 'xss';
import type * as Xss from 'xss';

// xss is CommonJS and fills in most of its exports in a loop, which Node's ESM loader cannot see; its
// types only describe the default export as the filter function. The module object has them all.
const { FilterXSS, escapeAttrValue, friendlyAttrValue } = xssModule as unknown as typeof Xss;

/** What a workflow description may contain once rendered: text formatting, lists, code, links. */
const ALLOWED: Record<string, string[]> = {
  ...Object.fromEntries(
    'h2 h3 h4 h5 h6 p br hr strong em del code pre blockquote ul ol li table thead tbody tr'
      .split(' ')
      .map((tag) => [tag, []]),
  ),
  a: ['href', 'title'],
  th: ['align'],
  td: ['align'],
};
const LINK_SCHEMES = new Set(['http', 'https', 'mailto']);
/** Every link leaves the shop without passing it rank or access to the opener. */
const LINK_ATTRIBUTES = 'rel="nofollow noopener noreferrer ugc" target="_blank"';

/**
 * A link's target as written (entities decoded, control characters removed), or null when it is not
 * http(s), mailto or relative: no other scheme (`javascript:`, `data:`…, also with spaces or entities
 * inside the scheme), no protocol-relative `//host`.
 */
function safeHref(raw: string): string | null {
  const value = friendlyAttrValue(raw); // control characters are spaces by now
  const compact = value.replace(/\s+/g, '');
  const scheme = /^([a-zA-Z][a-zA-Z0-9.+-]*):/.exec(compact)?.[1];
  if (scheme === undefined) return /^[/\\]{2}/.test(compact) ? null : value;
  return LINK_SCHEMES.has(scheme.toLowerCase()) ? value : null;
}

const filter = new FilterXSS({
  whiteList: ALLOWED,
  // Tags outside the list go, their text stays; the content of these goes with them.
  stripIgnoreTag: true,
  stripIgnoreTagBody: 'script style textarea option xmp noscript noembed noframes iframe template title'.split(' '),
  css: false,
  onTag(tag, _html, { isClosing }) {
    // Headings in a description sit under the page's h1 and the section's h2.
    if (tag === 'h1') return isClosing ? '</h2>' : '<h2>';
  },
  onTagAttr(tag, name, value) {
    if (tag !== 'a' || name !== 'href') return;
    const href = safeHref(value);
    return href === null ? '' : `href="${escapeAttrValue(href)}"`;
  },
});

function shiftHeadings(html: string, from: number | undefined): string {
  if (!from) return html;
  const levels = [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
  if (levels.length === 0) return html;
  const shift = from - Math.min(...levels);
  return html.replace(/<(\/?)h([1-6])(?=[\s>])/g, (_tag, slash: string, level: string) => {
    return `<${slash}h${Math.min(6, Math.max(1, Number(level) + shift))}`;
  });
}

/**
 * Markdown from the database → HTML that is safe to inject: raw HTML in the source is removed.
 * `sameSiteLinks`: for the shop's own texts (content/legal), a link to a path of the shop (`/privacy`)
 * stays in the tab like any link of the site; every other link still opens apart, without rank.
 * `headingsFrom`: the level the text's highest heading gets (the others keep their distance below it, at
 * most h6), for a text shown under a heading of its own, e.g. a release's changelog under its version.
 */
export function renderMarkdown(
  source: string,
  options: { sameSiteLinks?: boolean; headingsFrom?: number } = {},
): string {
  const html = shiftHeadings(marked.parse(source, { async: false, gfm: true, breaks: false }), options.headingsFrom);
  // After the filter every `<a` is a tag it wrote (text has its `<` escaped), with escaped attributes only.
  return filter
    .process(html)
    .replace(/<a(?=[\s>])([^>]*)>/g, (tag, attributes: string) =>
      options.sameSiteLinks && /^\s*href="\/(?![/\\])/.test(attributes) ? tag : `<a${attributes} ${LINK_ATTRIBUTES}>`,
    );
}
