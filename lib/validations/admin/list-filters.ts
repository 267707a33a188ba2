import { z } from 'zod';
import { firstParam, pageParam, searchParam, type SearchParams } from './common';

/**
 * An admin list's URL state, declared once: which filters it has (a search box `?q=`, selects), their
 * labels and choices. The same declaration parses `searchParams` (never throws: a malformed value falls
 * back to the default), renders the filter form (components/admin/filter-form.tsx: labels and option names
 * are keys of messages/<locale>/admin.json) and builds the pager's links, so a filter's allowed values and
 * its select's options cannot drift apart.
 */

type Option<V extends string> = readonly [value: V, label: string];

type SearchFilterDef = { kind: 'search'; label: string; placeholder?: string; schema: typeof searchParam };
type ChoiceFilterDef<V extends string = string> = {
  kind: 'choice';
  label: string;
  options: readonly [Option<V>, ...Option<V>[]];
  schema: z.ZodType<V>;
};
export type FilterDefs = Record<string, SearchFilterDef | ChoiceFilterDef>;

/** The list's `?q=` search box: trimmed, cleaned, '' when missing. */
export function searchFilter(label: string, placeholder?: string): SearchFilterDef {
  return { kind: 'search', label, placeholder, schema: searchParam };
}

/** A select; the first option is the default (what a missing or unknown value means). */
export function choiceFilter<const V extends string>(
  label: string,
  options: readonly [Option<V>, ...Option<V>[]],
): ChoiceFilterDef<V> {
  const values = options.map(([value]) => value) as [V, ...V[]];
  return { kind: 'choice', label, options, schema: z.enum(values).catch(values[0]) };
}

export type ListParams<D extends FilterDefs> = { [K in keyof D]: z.output<D[K]['schema']> } & { page: number };

export type ListFilters<D extends FilterDefs> = {
  /** The filters in the order the form shows them; the key is the URL parameter. */
  defs: D;
  /** `searchParams` → every filter's value and `page` (a repeated key counts once). */
  parse: (params: SearchParams) => ListParams<D>;
  /** The filters that differ from their default, for links that keep the list's state (the pager). */
  query: (params: ListParams<D>) => Record<string, string>;
};

export function listFilters<const D extends FilterDefs>(defs: D): ListFilters<D> {
  const names = Object.keys(defs);
  const schema = z.object({ ...Object.fromEntries(names.map((name) => [name, defs[name]!.schema])), page: pageParam });
  const parse = (params: SearchParams) =>
    schema.parse(
      Object.fromEntries([...names, 'page'].map((name) => [name, firstParam(params[name])])),
    ) as ListParams<D>;
  const defaults: Record<string, unknown> = parse({});
  const query = (params: ListParams<D>) => {
    const values: Record<string, unknown> = params;
    return Object.fromEntries(
      names.filter((name) => values[name] !== defaults[name]).map((name) => [name, String(values[name])]),
    );
  };
  return { defs, parse, query };
}
