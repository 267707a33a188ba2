import { createTranslator } from 'use-intl/core';
import englishErrors from '../messages/en/errors.json';
import englishValidation from '../messages/en/validation.json';
import { isValidationKey, type ValidationKey } from './validations/messages';

/**
 * Errors the data layer throws on purpose. An AppError carries no sentence, only a key of the `errors`
 * namespace (messages/{en,vi}/errors.json) and the values its sentence needs:
 *   throw new AppError('conflict', em('versionTaken'), { field: 'version', values: { version: text } });
 * The words are chosen where the error is shown, in the reader's language: the action wrapper
 * (actions/safe-action.ts `errorState`) and the few other places that show a refusal translate
 * `error.key` with `error.values` (lib/errors-text.ts). A key of the `validation` namespace
 * (lib/validations/messages.ts, e.g. an upload refused by lib/validations/admin/assets.ts) is accepted
 * too and translated from that namespace.
 *
 * `error.message` is the English rendering of the key (from messages/en/errors.json, or
 * messages/en/validation.json for a validation key), so logs, scripts that run outside a request
 * (admin:create, the seed) and tests read the English sentence; a page never shows `error.message`.
 */
export type AppErrorCode = 'not_found' | 'forbidden' | 'conflict' | 'invalid' | 'rate_limited' | 'unauthorized';

export type ErrorKey = keyof typeof englishErrors;
/** The values an error's sentence needs (ICU arguments: `{version}`, `{count, plural, …}`). */
export type ErrorValues = Record<string, string | number>;
/** What a refusal says, without its words: translated where it is shown (lib/errors-text.ts). */
export type Refusal = { key: ErrorKey | ValidationKey; values?: ErrorValues };

/** An error message key, checked by the compiler against messages/en/errors.json. */
export function em(key: ErrorKey): ErrorKey {
  return key;
}

export function isErrorKey(key: string): key is ErrorKey {
  return Object.hasOwn(englishErrors, key);
}

type LooseTranslator = (key: string, values?: ErrorValues) => string;
let english: LooseTranslator | undefined;

/** The English words of a refusal (logs, scripts, `error.message`). A string that is no key is kept. */
export function inEnglish({ key, values }: { key: string; values?: ErrorValues }): string {
  english ??= createTranslator({
    locale: 'en',
    messages: { errors: englishErrors, validation: englishValidation },
  }) as unknown as LooseTranslator;
  if (isErrorKey(key)) return english(`errors.${key}`, values);
  if (isValidationKey(key)) return english(`validation.${key}`, values);
  return key;
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly field?: string;
  /** A key of the `errors` namespace, or of `validation`. */
  readonly key: ErrorKey | ValidationKey;
  readonly values?: ErrorValues;

  constructor(
    code: AppErrorCode,
    key: ErrorKey | ValidationKey,
    options?: { field?: string; values?: ErrorValues; cause?: unknown },
  ) {
    super(inEnglish({ key, values: options?.values }), { cause: options?.cause });
    this.name = 'AppError';
    this.code = code;
    this.key = key;
    this.values = options?.values;
    this.field = options?.field;
  }

  /** The key and values, to translate later (e.g. a bulk action's refused rows). */
  get refusal(): Refusal {
    return { key: this.key, values: this.values };
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
