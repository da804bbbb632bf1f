import { index, jsonb, pgEnum, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt, id, tenantPolicy } from '../columns';

export const actorType = pgEnum('actor_type', ['user', 'platform_admin', 'system']);

/**
 * Every dashboard and back-office mutation writes one row here, in the same transaction.
 * organization_id is null only for platform-level events (a user disabled, a role granted);
 * those rows are visible in the platform scope alone.
 */
export const auditLogs = pgTable(
  'audit_logs',
  {
    id: id('aud'),
    organizationId: text('organization_id'),
    actorUserId: text('actor_user_id'),
    actorType: actorType('actor_type').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    oldValues: jsonb('old_values'),
    newValues: jsonb('new_values'),
    reason: text('reason'),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    createdAt: createdAt(),
  },
  (t) => [
    index('audit_logs_org_created_idx').on(t.organizationId, t.createdAt.desc()),
    index('audit_logs_entity_idx').on(t.entityType, t.entityId),
    index('audit_logs_actor_idx').on(t.actorUserId),
    index('audit_logs_created_idx').on(t.createdAt.desc()),
    tenantPolicy(t.organizationId),
  ],
);
