import 'server-only';
import { revalidatePath } from 'next/cache';

/**
 * Storefront pages are cached (ISR) and rebuilt on the next visit after this. It drops every
 * storefront's cached pages, not only one tenant's: simple and always correct, at the price of
 * extra renders when many tenants edit at once (per-tenant cache tags would narrow it).
 */
export function revalidateStorefronts() {
  revalidatePath('/s/[site]', 'layout');
}

/** Wraps a dashboard verb so a successful change refreshes the storefront's cached pages. */
export function revalidatingStorefronts<C, I, R>(verb: (ctx: C, input: I) => Promise<R>) {
  return async (ctx: C, input: I): Promise<R> => {
    const result = await verb(ctx, input);
    revalidateStorefronts();
    return result;
  };
}
