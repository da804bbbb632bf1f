'use client';

import { changeTenantPlanAction, reactivateTenantAction, suspendTenantAction } from '@/lib/admin/actions';
import { ChangePlanDialog } from './change-plan-dialog';
import { ReasonDialog } from '@/components/forms/reason-dialog';

type Props = {
  tenant: { id: string; name: string; status: 'active' | 'suspended' | 'cancelled'; plan: 'free' | 'basic' | 'pro' | 'enterprise' };
  canSuspend: boolean;
  canChangePlan: boolean;
};

/** The tenant detail page's actions, each shown only to platform roles that may use it. */
export function TenantActions({ tenant, canSuspend, canChangePlan }: Props) {
  return (
    <>
      {canChangePlan && <ChangePlanDialog tenant={tenant} action={changeTenantPlanAction} />}
      {canSuspend && tenant.status === 'active' && (
        <ReasonDialog
          triggerLabel="Suspend"
          title={`Suspend ${tenant.name}?`}
          description="Its storefront will show that the store is unavailable, and shoppers cannot sign in there. The team keeps access to the dashboard. You can reactivate it later."
          confirmLabel="Suspend tenant"
          destructive
          action={(reason) => suspendTenantAction({ organizationId: tenant.id, reason })}
          successMessage={`${tenant.name} is suspended.`}
          unchangedMessage={`${tenant.name} was not active, so nothing changed.`}
        />
      )}
      {canSuspend && tenant.status === 'suspended' && (
        <ReasonDialog
          triggerLabel="Reactivate"
          title={`Reactivate ${tenant.name}?`}
          description="Its storefront opens to shoppers again at once."
          confirmLabel="Reactivate tenant"
          action={(reason) => reactivateTenantAction({ organizationId: tenant.id, reason })}
          successMessage={`${tenant.name} is active again.`}
          unchangedMessage={`${tenant.name} was not suspended, so nothing changed.`}
        />
      )}
    </>
  );
}
