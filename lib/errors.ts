/** Errors the data layer throws on purpose. The message is written for the person using the app. */
export type AppErrorCode = 'not_found' | 'forbidden' | 'conflict' | 'invalid' | 'rate_limited' | 'unauthorized';

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly field?: string;

  constructor(code: AppErrorCode, message: string, options?: { field?: string; cause?: unknown }) {
    super(message, { cause: options?.cause });
    this.name = 'AppError';
    this.code = code;
    this.field = options?.field;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
