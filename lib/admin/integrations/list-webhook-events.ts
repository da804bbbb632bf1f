import { sql, type SQL } from 'drizzle-orm';
import { billingWebhookEvents, organizations, processedWebhookEvents } from '@/db/schema';
import { requirePlatformPermission, type AdminContext } from '@/lib/server/context';
import { containsPattern, paged, pageWindow } from '@/lib/server/list-query';
import { PAGE_SIZE } from '../internal';
import type { ListWebhookEventsFilters, WebhookSource } from './schemas';

type Row = {
  source: WebhookSource;
  provider: string;
  event_id: string;
  event_type: string;
  outcome: string | null;
  received_at: Date | string;
  organization_id: string | null;
  organization_name: string | null;
  organization_slug: string | null;
};

// Both tables keep one row per handled event; together they are "what the providers told us".
const t = processedWebhookEvents;
const b = billingWebhookEvents;
const EVENTS = sql`(
  select 'tenant' as source, ${t.provider} as provider, ${t.eventId} as event_id, ${t.eventType} as event_type, null::text as outcome,
         ${t.receivedAt} as received_at, ${t.organizationId} as organization_id
  from ${t}
  union all
  select 'billing', 'stripe', ${b.eventId}, ${b.eventType}, ${b.outcome}, ${b.receivedAt}, ${b.organizationId} from ${b}
) e left join ${organizations} o on o.id = e.organization_id`;

function conditions(filters: ListWebhookEventsFilters): SQL {
  const where: SQL[] = [sql`true`];
  if (filters.source) where.push(sql`e.source = ${filters.source}`);
  if (filters.type) where.push(sql`e.event_type ilike ${containsPattern(filters.type)}`);
  if (filters.org) {
    const pattern = containsPattern(filters.org);
    where.push(sql`(o.name ilike ${pattern} or o.slug ilike ${pattern} or e.organization_id = ${filters.org})`);
  }
  return sql.join(where, sql` and `);
}

/** Webhook deliveries we handled, tenant Stripe events and platform billing events together, newest first, 25 a page. */
export async function listWebhookEvents(ctx: AdminContext, filters: ListWebhookEventsFilters) {
  requirePlatformPermission(ctx, 'integrations.view');
  const where = conditions(filters);
  return ctx.tx(async (tx) => {
    const [{ total } = { total: 0 }] = await tx.execute<{ total: number }>(sql`select count(*)::int as total from ${EVENTS} where ${where}`);
    const { page, offset } = pageWindow(total, filters.page, PAGE_SIZE);
    const rows = await tx.execute<Row>(sql`
      select e.source, e.provider, e.event_id, e.event_type, e.outcome, e.received_at, e.organization_id,
             o.name as organization_name, o.slug as organization_slug
      from ${EVENTS} where ${where}
      order by e.received_at desc, e.event_id
      limit ${PAGE_SIZE} offset ${offset}`);
    const events = [...rows].map((r) => ({
      source: r.source,
      provider: r.provider,
      eventId: r.event_id,
      eventType: r.event_type,
      outcome: r.outcome,
      receivedAt: new Date(r.received_at),
      organization: r.organization_id ? { id: r.organization_id, name: r.organization_name, slug: r.organization_slug } : null,
    }));
    return paged(events, total, page, PAGE_SIZE);
  });
}

export type WebhookEventRow = Awaited<ReturnType<typeof listWebhookEvents>>['rows'][number];
