import { pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id, organizationId, tenantPolicy } from '../columns';
import { organizations } from '../tenancy/organizations';

/**
 * Provider events already handled. The insert of the event id is the first write of the
 * handler's transaction: a replay conflicts and changes nothing.
 */
export const processedWebhookEvents = pgTable(
  'processed_webhook_events',
  {
    id: id('whe'),
    organizationId: organizationId().references(() => organizations.id, { onDelete: 'cascade' }),
    provider: text('provider').notNull(),
    eventId: text('event_id').notNull(),
    eventType: text('event_type').notNull(),
    receivedAt: createdAt(),
  },
  (t) => [uniqueIndex('processed_webhook_events_key').on(t.organizationId, t.provider, t.eventId), tenantPolicy(t.organizationId)],
);
