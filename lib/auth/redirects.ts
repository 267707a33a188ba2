import { callbackUrlSchema } from '@/lib/validations/auth';

/** A safe place to return to from a `callbackUrl` query value (only paths on this site). */
export function safeCallbackUrl(value: string | string[] | undefined): string {
  return callbackUrlSchema.parse(Array.isArray(value) ? value[0] : value);
}
