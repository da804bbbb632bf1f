import type { FieldErrors } from './errors';

/**
 * Zod issues as `path.joined` → messages (`'options.0.values'`), the shape server field errors
 * come in; issues without a path go under `_form`. Client-safe: forms that check a schema
 * themselves use it too, so their errors look exactly like the server's.
 */
export function fieldErrorsOf(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_form';
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
