import type { AdminContext } from '@/lib/server/context';
import { changeTenantStatus } from './internal';
import type { ReactivateTenantInput } from './schemas';

/** Brings a suspended tenant back online. Repeats are no-ops. */
export function reactivateTenant(ctx: AdminContext, input: ReactivateTenantInput) {
  return changeTenantStatus(ctx, input, { from: 'suspended', to: 'active', action: 'tenant.reactivated' });
}
