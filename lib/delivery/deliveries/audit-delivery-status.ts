import 'server-only';
import type { Tx } from '@/db/client';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Actor } from '@/lib/server/actor';
import type { DeliveryStatusResult } from './change-delivery-status';

/** The audit row of a delivery status change, by staff or by the courier, in the change's transaction. */
export function auditDeliveryStatus(tx: Tx, actor: Actor, orgId: string, { delivery, from }: DeliveryStatusResult, reason?: string | null) {
  return recordAudit(tx, actor, {
    organizationId: orgId,
    action: 'delivery.status_changed',
    entityType: 'delivery',
    entityId: delivery.id,
    oldValues: { status: from },
    newValues: { status: delivery.status },
    reason: reason ?? null,
  });
}
