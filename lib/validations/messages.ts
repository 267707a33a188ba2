import english from '../../messages/en/validation.json';

/**
 * Validation messages are keys of the `validation` namespace (messages/{en,vi}/validation.json), not
 * sentences: a schema says `.min(1, vm('emailRequired'))`, and the words are chosen where the error is
 * shown, in the reader's language — on the server by the action wrapper (actions/safe-action.ts, in the
 * request's locale, so a form posted without JavaScript gets them too), in the browser by useActionForm.
 * A message that is not a key (a schema not converted yet) is shown as it is.
 */
export type ValidationKey = keyof typeof english;

/** A validation message key, checked by the compiler against messages/en/validation.json. */
export function vm(key: ValidationKey): ValidationKey {
  return key;
}

export function isValidationKey(message: string): message is ValidationKey {
  return Object.hasOwn(english, message);
}

/** The English words of a message, for code that runs outside a request (scripts such as admin:create). */
export function inEnglish(message: string): string {
  return isValidationKey(message) ? english[message] : message;
}
