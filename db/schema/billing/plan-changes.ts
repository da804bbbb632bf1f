import { index, pgEnum, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt, id, organizationId, tenantPolicy } from '../columns';
import { users } from '../identity/users';
import { organizationPlan, organizations } from '../tenancy/organizations';
import { PLAN_CHANGE_SOURCES } from '../values';

export const planChangeSource = pgEnum('plan_change_source', PLAN_CHANGE_SOURCES);

/** Every change of organizations.plan, whoever made it: the plan history the back office and the owner see. */
export const planChanges = pgTable(
  'plan_changes',
  {
    id: id('plc'),
    organizationId: organizationId().references(() => organizations.id, { onDelete: 'cascade' }),
    fromPlan: organizationPlan('from_plan').notNull(),
    toPlan: organizationPlan('to_plan').notNull(),
    source: planChangeSource('source').notNull(),
    actorUserId: text('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    reason: text('reason'),
    createdAt: createdAt(),
  },
  (t) => [index('plan_changes_org_idx').on(t.organizationId, t.createdAt), tenantPolicy(t.organizationId)],
);

export type PlanChange = typeof planChanges.$inferSelect;
