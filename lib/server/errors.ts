/** Errors a verb may throw on purpose; actions turn them into `{ error }` results. */
export type ErrorCode = 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'CONFLICT' | 'INVALID' | 'RATE_LIMITED' | 'PLAN_LIMIT';

export type FieldErrors = Record<string, string[] | undefined>;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what = 'That item') => new AppError('NOT_FOUND', `${what} was not found.`);
export const forbidden = (message = 'You do not have permission to do that.') => new AppError('FORBIDDEN', message);
export const conflict = (message: string, fieldErrors?: FieldErrors) => new AppError('CONFLICT', message, fieldErrors);
export const invalid = (message: string, fieldErrors?: FieldErrors) => new AppError('INVALID', message, fieldErrors);
/** The organization's plan does not allow this; the message names the plan that would. */
export const planLimit = (message: string) => new AppError('PLAN_LIMIT', message);

/** HTTP status for an error code, for route handlers. */
export function httpStatus(code: ErrorCode): number {
  return { NOT_FOUND: 404, FORBIDDEN: 403, UNAUTHENTICATED: 401, CONFLICT: 409, INVALID: 422, RATE_LIMITED: 429, PLAN_LIMIT: 402 }[code];
}
