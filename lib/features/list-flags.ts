import { requirePlatformPermission, type AdminContext } from '@/lib/server/context';
import { loadFlags } from './internal';

/** Every flag, by category then name, for the back office. */
export async function listFlags(ctx: AdminContext) {
  requirePlatformPermission(ctx, 'flags.manage');
  return ctx.tx((tx) => loadFlags(tx));
}
