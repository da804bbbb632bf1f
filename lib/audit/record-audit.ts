import type { Tx } from '@/db/client';
import { auditLogs } from '@/db/schema';
import type { Actor } from '@/lib/server/actor';

export type AuditEntry = {
  /** null only for platform-level events (no organization involved). */
  organizationId: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  oldValues?: Record<string, unknown> | null;
  newValues?: Record<string, unknown> | null;
  reason?: string | null;
};

/** One audit row, written inside the caller's transaction so it commits or rolls back with the change. */
export async function recordAudit(tx: Tx, actor: Actor, entry: AuditEntry) {
  await tx.insert(auditLogs).values({
    organizationId: entry.organizationId,
    actorUserId: actor.userId,
    actorType: actor.type,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    oldValues: entry.oldValues ?? null,
    newValues: entry.newValues ?? null,
    reason: entry.reason ?? null,
    ipAddress: actor.ipAddress,
    userAgent: actor.userAgent,
  });
}

/** JSON with object keys sorted at every level: jsonb columns come back in their own key order. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** The fields whose values differ (structurally, whatever the key order), as {old, new} maps for the audit row. */
export function diff<T extends Record<string, unknown>>(before: T, after: Partial<T>) {
  const oldValues: Record<string, unknown> = {};
  const newValues: Record<string, unknown> = {};
  for (const key of Object.keys(after)) {
    if (stableJson(before[key]) !== stableJson(after[key])) {
      oldValues[key] = before[key];
      newValues[key] = after[key];
    }
  }
  return { oldValues, newValues, changed: Object.keys(newValues).length > 0 };
}
