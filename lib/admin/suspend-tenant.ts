import type { AdminContext } from '@/lib/server/context';
import { changeTenantStatus } from './internal';
import type { SuspendTenantInput } from './schemas';

/** Takes an active tenant offline: its storefront says it is unavailable. Repeats are no-ops. */
export function suspendTenant(ctx: AdminContext, input: SuspendTenantInput) {
  return changeTenantStatus(ctx, input, { from: 'active', to: 'suspended', action: 'tenant.suspended' });
}
