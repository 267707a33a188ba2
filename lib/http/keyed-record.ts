/**
 * A form's fields (FormData) or a query's parameters (URLSearchParams) as a plain record: a key sent once
 * gives its value, a key sent several times (a checkbox group, `?app=a&app=b`) all of its values in order.
 * Built with Object.fromEntries, which defines every key as the record's own property: an assignment
 * (`out[key] = …`) would make a key named `__proto__` the record's prototype (a posted file then made zod's
 * read of `name` throw; a repeated `?__proto__=` gave the URL state an array prototype).
 */
export function keyedRecord<T>(
  source: { keys(): Iterable<string>; getAll(key: string): T[] },
  include: (key: string) => boolean = () => true,
): Record<string, T | T[]> {
  return Object.fromEntries(
    [...new Set(source.keys())].filter(include).map((key) => {
      const all = source.getAll(key);
      return [key, all.length === 1 ? all[0]! : all];
    }),
  );
}
