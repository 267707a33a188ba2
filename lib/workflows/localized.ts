/**
 * A workflow's or category's text in the reader's language (issue 14). English is always given; the
 * Vietnamese version is optional, field by field. A reader gets their language where it exists and the
 * other language where it does not, and `lang` says which language the title/name is in (for `lang=""`).
 */

export type ContentLocale = 'en' | 'vi';

type Pair = readonly [en: string | null | undefined, vi: string | null | undefined];

/** The reader's version of one text, or the other language's when theirs is empty. */
function pick([en, vi]: Pair, locale: ContentLocale): { text: string; lang: ContentLocale } {
  const own = locale === 'vi' ? vi : en;
  if (own?.trim()) return { text: own, lang: locale };
  const other: ContentLocale = locale === 'vi' ? 'en' : 'vi';
  return { text: (locale === 'vi' ? en : vi) ?? '', lang: other };
}

type CategoryText = { name: string; nameVi?: string | null; description?: string; descriptionVi?: string | null };

type WorkflowText = {
  title: string;
  titleVi?: string | null;
  shortDescription: string;
  shortDescriptionVi?: string | null;
  description?: string;
  descriptionVi?: string | null;
  categories?: CategoryText[];
};

/**
 * `row` (a card or the workflow page's detail) with title, shortDescription, description and its categories'
 * names in `locale`, falling back to the other language field by field; `lang` is the title's language.
 */
export function localizedWorkflow<T extends WorkflowText>(row: T, locale: ContentLocale): T & { lang: ContentLocale } {
  const title = pick([row.title, row.titleVi], locale);
  const localized = {
    ...row,
    title: title.text,
    shortDescription: pick([row.shortDescription, row.shortDescriptionVi], locale).text,
    lang: title.lang,
  };
  if (row.description !== undefined) localized.description = pick([row.description, row.descriptionVi], locale).text;
  if (row.categories) localized.categories = row.categories.map((c) => localizedCategory(c, locale));
  return localized;
}

/** `row` with name (and description when the row has one) in `locale`, falling back to the other language. */
export function localizedCategory<T extends CategoryText>(row: T, locale: ContentLocale): T & { lang: ContentLocale } {
  const name = pick([row.name, row.nameVi], locale);
  const localized = { ...row, name: name.text, lang: name.lang };
  if (row.description !== undefined) localized.description = pick([row.description, row.descriptionVi], locale).text;
  return localized;
}

/** Only a workflow's title in the reader's language (a list, a mail, a notice): the Vietnamese title when there is one. */
export function localTitle(locale: ContentLocale, title: string, titleVi?: string | null): string {
  return pick([title, titleVi], locale).text;
}
