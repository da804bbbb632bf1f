import { AppError, httpStatus, type FieldErrors } from '@/lib/server/errors';

type ErrorBody = { error: { code: string; message: string; fieldErrors?: FieldErrors } };

/** A route handler's JSON error: the AppError's code and status, or a 500 that reveals nothing. */
export function errorResponse(e: unknown): Response {
  if (e instanceof AppError) {
    const body: ErrorBody = { error: { code: e.code, message: e.message, fieldErrors: e.fieldErrors } };
    return Response.json(body, { status: httpStatus(e.code), headers: { 'Cache-Control': 'no-store' } });
  }
  console.error(e);
  const body: ErrorBody = { error: { code: 'INTERNAL', message: 'Something went wrong on our side. Please try again.' } };
  return Response.json(body, { status: 500, headers: { 'Cache-Control': 'no-store' } });
}
