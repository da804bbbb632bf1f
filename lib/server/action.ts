import 'server-only';
import { headers } from 'next/headers';
import { unstable_rethrow } from 'next/navigation';
import { normalizeHost } from '@/lib/tenancy/hosts';
import type { z } from 'zod';
import type { User } from '@/db/schema';
import { requireUser } from '@/lib/auth/current-user';
import { AppError, type ErrorCode, type FieldErrors } from './errors';
import { fieldErrorsOf } from './field-errors';
import { READ_ONLY_SESSION_MESSAGE, requireAdminContext, requireOrgContext, storefrontContext, type AdminContext, type OrgContext, type StorefrontContext } from './context';
import { getRequestMeta, type RequestMeta } from './request-meta';

/**
 * Server actions are thin: validate the input with the verb's zod schema, resolve the
 * context for the surface, call the verb, and turn expected failures into a result the
 * form can show next to its fields. Nothing is written when validation fails.
 */
export type ActionError = { code: ErrorCode; message: string; fieldErrors?: FieldErrors };
export type ActionResult<T> = { data: T; error?: undefined } | { data?: undefined; error: ActionError };

/** Lives in the client-safe field-errors.ts; still exported here for server code that imports it with the actions. */
export { fieldErrorsOf };

function invalidInput(error: z.ZodError): { error: ActionError } {
  return { error: { code: 'INVALID', message: 'Please correct the highlighted fields.', fieldErrors: fieldErrorsOf(error) } };
}

function toResult(e: unknown): { error: ActionError } {
  unstable_rethrow(e); // redirect() and notFound() are not failures
  if (e instanceof AppError) return { error: { code: e.code, message: e.message, fieldErrors: e.fieldErrors } };
  console.error(e);
  return { error: { code: 'INVALID', message: 'Something went wrong on our side. Please try again.' } };
}

async function run<S extends z.ZodType, C, R>(
  schema: S,
  input: unknown,
  context: () => Promise<C>,
  verb: (ctx: C, input: z.output<S>) => Promise<R>,
): Promise<ActionResult<R>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    return { data: await verb(await context(), parsed.data) };
  } catch (e) {
    return toResult(e);
  }
}

/** Dashboard actions: `(orgSlug, input)`; the verb checks its permission first. */
export function orgAction<S extends z.ZodType, R>(schema: S, verb: (ctx: OrgContext, input: z.output<S>) => Promise<R>) {
  return async (orgSlug: string, input: z.input<S>) => run(schema, input, () => writableOrgContext(String(orgSlug)), verb);
}

/** Actions change things: a read-only support session is refused before the verb runs (and its transactions are READ ONLY besides). */
async function writableOrgContext(orgSlug: string) {
  const ctx = await requireOrgContext(orgSlug);
  if (ctx.impersonation?.mode === 'read_only') throw new AppError('FORBIDDEN', READ_ONLY_SESSION_MESSAGE);
  return ctx;
}

/** Back-office actions. */
export function adminAction<S extends z.ZodType, R>(schema: S, verb: (ctx: AdminContext, input: z.output<S>) => Promise<R>) {
  return async (input: z.input<S>) => run(schema, input, () => requireAdminContext(), verb);
}

/** Actions on one's own account (security settings, onboarding). */
export type UserActionContext = { user: User; meta: RequestMeta };
export function userAction<S extends z.ZodType, R>(schema: S, verb: (ctx: UserActionContext, input: z.output<S>) => Promise<R>) {
  return async (input: z.input<S>) =>
    run(schema, input, async () => ({ user: await requireUser(), meta: await getRequestMeta() }), verb);
}

/** Storefront actions: `(site, input)`; refused when the store is unknown or unavailable. */
export function storefrontAction<S extends z.ZodType, R>(
  schema: S,
  verb: (ctx: StorefrontContext & { meta: RequestMeta }, input: z.output<S>) => Promise<R>,
) {
  return async (site: string, input: z.input<S>) =>
    run(
      schema,
      input,
      async () => {
        // The site is bound by the page, but a caller could bind another: it must be this request's host,
        // so the customer row and the session cookie always belong to the same store.
        const requestHost = normalizeHost((await headers()).get('host') ?? '');
        if (normalizeHost(decodeURIComponent(String(site))) !== requestHost) throw new AppError('FORBIDDEN', 'This store is not available.');
        const resolved = await storefrontContext(String(site));
        if (resolved.status !== 'ok') throw new AppError('NOT_FOUND', 'This store is not available.');
        return { ...resolved.ctx, meta: await getRequestMeta() };
      },
      verb,
    );
}

/** Actions anyone may call (sign-up, sign-in, password reset). */
export function publicAction<S extends z.ZodType, R>(schema: S, verb: (meta: RequestMeta, input: z.output<S>) => Promise<R>) {
  return async (input: z.input<S>) => run(schema, input, () => getRequestMeta(), verb);
}
