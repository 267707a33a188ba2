import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import { shop } from '../site';
import { newPasswordSchema } from './auth';
import { inEnglish, vm, type ValidationKey } from './messages';

/**
 * The password policy (issue 19, finding 5): the length rule of `newPasswordSchema` (shared with the
 * browser) plus a strength estimate by zxcvbn-ts with its common-password and English dictionaries.
 *
 * Server only: the dictionaries weigh megabytes, so this module is imported by actions and scripts,
 * never by a client component or by a schema a client form imports. (No `server-only` import: the
 * `admin:create` script runs outside Next.)
 */
export const MIN_PASSWORD_SCORE = 3;

let factory: ZxcvbnFactory | undefined;

function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    translations: en.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...en.dictionary },
    // Levenshtein matching costs seconds of CPU per check here: a registration form must not be a way
    // to burn the server. Past 100 characters a password is long enough; only that much is examined.
    useLevenshteinDistance: false,
    maxLength: 100,
  });
  return factory;
}

/** The words a password must not lean on: the email (whole, its local part and domain words), names. */
function inputWords(userInputs: readonly (string | null | undefined)[]): string[] {
  const words = new Set<string>();
  for (const input of userInputs) {
    const value = input?.trim().toLowerCase();
    if (!value) continue;
    words.add(value);
    words.add(value.replace(/@.*$/, '').replace(/[^\p{L}\p{N}]+/gu, '')); // "Nguyen Van An" → "nguyenvanan"
    for (const part of value.split(/[^\p{L}\p{N}]+/u)) if (part.length >= 3) words.add(part);
  }
  return [...words];
}

/**
 * Why `password` is not acceptable, or null when it is: too short or long, or guessable (zxcvbn score
 * below 3; the user's own email, name or shop name count against it). In English (the default) a
 * sentence carrying the library's warning and suggestions; in another language a key of the
 * `validation` namespace for the action wrapper to translate (zxcvbn's feedback exists in English only).
 */
export function passwordProblem(
  password: string,
  userInputs: readonly (string | null | undefined)[] = [],
  locale: string = 'en',
): string | null {
  const problem = (key: ValidationKey) => (locale === 'en' ? inEnglish(key) : key);
  const length = newPasswordSchema.safeParse(password);
  if (!length.success)
    return problem((length.error.issues[0]?.message as ValidationKey | undefined) ?? vm('passwordChoose'));
  const result = estimator().check(password, inputWords([...userInputs, shop().name, 'usitech']));
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  if (locale !== 'en') return problem(vm('passwordTooEasy'));
  const { warning, suggestions } = result.feedback;
  const reasons = [warning, ...suggestions]
    .filter((s): s is string => Boolean(s))
    .map((s) => s.trim().replace(/([^.!?])$/, '$1.'));
  return [inEnglish(vm('passwordTooEasy')), ...reasons].join(' ');
}
