/**
 * The shop's legal and business texts (Terms, Privacy, Refund policy, About): Markdown files under
 * `content/legal/<locale>/<name>.md` that the shop edits, with `{{placeholders}}` filled from the
 * configuration (shop(), appUrl()) when a page renders. A placeholder this module does not know, or a
 * broken one, throws: the build (which prerenders the pages) and the tests fail instead of a page
 * showing `{{taxCode}}` to customers.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { localizedPath, routing, type Locale } from '@/i18n/routing';
import { renderMarkdown } from '../markdown';
import { appUrl, shop } from '../site';

export const LEGAL_DOCUMENTS = ['terms', 'privacy', 'refund-policy', 'about'] as const;
export type LegalDocumentName = (typeof LEGAL_DOCUMENTS)[number];

export type LegalDocument = {
  /** The page's path: `/terms` (its English, unprefixed form; the page adds its language's prefix). */
  path: `/${LegalDocumentName}`;
  /** The language the text is written in: the page's, or English when no translation exists yet. */
  locale: Locale;
  title: string;
  /** One sentence for search engines and link previews. */
  description: string;
  /** When the text last changed (YYYY-MM-DD, from the file). */
  updated: string;
  /** The body as safe HTML. */
  html: string;
};

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/**
 * `{{name}}` → `values[name]` (`escape` applied to the value). Throws naming every unknown placeholder,
 * and on a `{{` or `}}` left over (a placeholder typed with one brace too few).
 */
export function fillPlaceholders(
  source: string,
  values: Record<string, string>,
  { file = 'text', escape = (v: string) => v }: { file?: string; escape?: (value: string) => string } = {},
): string {
  const unknown = new Set<string>();
  const filled = source.replace(PLACEHOLDER, (whole, name: string) => {
    if (!Object.hasOwn(values, name)) {
      unknown.add(whole);
      return whole;
    }
    return escape(values[name]!);
  });
  if (unknown.size > 0) {
    throw new Error(
      `${file}: unknown placeholder ${[...unknown].join(', ')}; the known ones are ${Object.keys(values)
        .map((k) => `{{${k}}}`)
        .join(', ')}.`,
    );
  }
  const broken = /\{\{|\}\}/.exec(filled.replace(/`[^`\n]*`/g, ''));
  if (broken) {
    const line = filled.slice(0, broken.index).split('\n').length;
    throw new Error(`${file}: line ${line} has an unclosed placeholder ("${broken[0]}"); write {{name}}.`);
  }
  return filled;
}

/** A configured value as Markdown text: characters that would start formatting or a tag are escaped. */
function markdownText(value: string): string {
  return value.replace(/[\\`*_[\]<>|~{}]/g, '\\$&');
}

/** The values the texts may use, from the configuration. */
export function legalPlaceholders(): Record<string, string> {
  const { name, legalName, address, taxCode, supportEmail } = shop();
  return {
    shopName: name,
    legalName,
    address,
    taxCode,
    supportEmail,
    siteUrl: appUrl(),
  };
}

/**
 * `---` front matter (`key: value` lines) and the body after it. The texts need a title, a description
 * and the date they were last updated.
 */
function splitFrontMatter(source: string, file: string): { meta: Record<string, string>; body: string } {
  const match = /^---\r?\n([^]*?)\r?\n---\r?\n/.exec(source);
  if (!match) throw new Error(`${file}: starts without its front matter (--- title, description, updated ---).`);
  const meta: Record<string, string> = {};
  for (const line of match[1]!.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const pair = /^([A-Za-z]+):\s*(.*)$/.exec(line);
    if (!pair) throw new Error(`${file}: front matter line "${line}" is not "key: value".`);
    meta[pair[1]!] = pair[2]!.trim();
  }
  for (const key of ['title', 'description', 'updated']) {
    if (!meta[key]) throw new Error(`${file}: front matter has no ${key}.`);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(meta.updated!)) throw new Error(`${file}: updated must be YYYY-MM-DD.`);
  return { meta, body: source.slice(match[0].length) };
}

/** The folder the texts live in (relative to the app's root, where `npm start` runs). */
export function legalContentDir(): string {
  return path.join(process.cwd(), 'content', 'legal');
}

/**
 * A link of the text to a page of the shop (`href="/privacy"`, written in English form in every language)
 * → that page in the reader's language (`/vi/privacy`).
 */
function localizeSameSiteLinks(html: string, locale: Locale): string {
  return html.replace(
    /<a href="(\/(?![/\\])[^"]*)"/g,
    (_tag, href: string) => `<a href="${localizedPath(locale, href)}"`,
  );
}

/** Parses one text and fills it in: what the page renders. `locale`: the text's language. */
export function renderLegalDocument(
  name: LegalDocumentName,
  source: string,
  values: Record<string, string>,
  file = `${name}.md`,
  locale: Locale = routing.defaultLocale,
): LegalDocument {
  const { meta, body } = splitFrontMatter(source, file);
  const plain = (text: string) => fillPlaceholders(text, values, { file });
  const html = renderMarkdown(fillPlaceholders(body, values, { file, escape: markdownText }), { sameSiteLinks: true });
  return {
    path: `/${name}`,
    locale,
    title: plain(meta.title!),
    description: plain(meta.description!),
    updated: meta.updated!,
    html: localizeSameSiteLinks(html, locale),
  };
}

/** The file of a text in a language: `content/legal/<locale>/<name>.md`. */
export function legalFile(name: LegalDocumentName, locale: Locale): string {
  return path.join(legalContentDir(), locale, `${name}.md`);
}

/** Each page's rendered text, kept until its file or the configuration it is filled from changes. */
const rendered = new Map<string, { stamp: string; document: LegalDocument }>();

/**
 * One of the shop's texts in the reader's language, read from content/legal and filled from the
 * configuration; the English text when that language has none (`locale` then says `en`, so the page marks
 * it as English). Links to the shop's pages stay in the reader's language. Server only.
 *
 * Parsing the Markdown was ≈ 9 % of a signed-in legal page's server time (issue 20), for a text that
 * changes only when the shop edits its file: the result is kept per text and language, and made again
 * when the file's modification time or size, or the filled-in values, differ.
 */
export function legalDocument(name: LegalDocumentName, locale: Locale = routing.defaultLocale): LegalDocument {
  const translated = legalFile(name, locale);
  const [file, textLocale] = existsSync(translated)
    ? [translated, locale]
    : [legalFile(name, routing.defaultLocale), routing.defaultLocale];
  const values = legalPlaceholders();
  const { mtimeMs, size } = statSync(file);
  const stamp = JSON.stringify([file, mtimeMs, size, values]);
  const key = `${name}:${locale}`;
  const kept = rendered.get(key);
  if (kept?.stamp === stamp) return kept.document;
  const relative = path.relative(process.cwd(), file);
  const html = renderLegalDocument(name, readFileSync(file, 'utf8'), values, relative, textLocale);
  const document = textLocale === locale ? html : { ...html, html: localizeSameSiteLinks(html.html, locale) };
  rendered.set(key, { stamp, document });
  return document;
}
