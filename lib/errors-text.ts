import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { isErrorKey, type AppError, type Refusal } from './errors';
import { isValidationKey } from './validations/messages';

type Translate = (key: string, values?: Refusal['values']) => string;

/**
 * Translates refusals (an AppError's key and values, lib/errors.ts) into the request's language, or into
 * `locale`: a key of `errors`, else of `validation`; a string that is neither is shown as it is.
 */
export async function refusalTranslator(locale?: Locale): Promise<(refusal: Refusal | AppError) => string> {
  const [errors, validation] = (await Promise.all(
    locale
      ? [getTranslations({ locale, namespace: 'errors' }), getTranslations({ locale, namespace: 'validation' })]
      : [getTranslations('errors'), getTranslations('validation')],
  )) as unknown as [Translate, Translate];
  return ({ key, values }) => {
    if (isErrorKey(key)) return errors(key, values);
    if (isValidationKey(key)) return validation(key, values);
    return key;
  };
}
