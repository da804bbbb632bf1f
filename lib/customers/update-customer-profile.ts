import { and, eq } from 'drizzle-orm';
import { customers, type User } from '@/db/schema';
import { diff, recordAudit } from '@/lib/audit/record-audit';
import { conflict } from '@/lib/server/errors';
import { isUniqueViolation } from '@/db/errors';
import { userActor } from '@/lib/server/actor';
import { emailTakenInOrg, getCustomerOfUser, type ShopperContext } from './internal';
import type { UpdateCustomerProfileInput } from './schemas';

const EMAIL_IN_USE = 'Another customer of this store already uses this email.';

/** A shopper edits their own customer record in this store (not their account, not other stores). */
export async function updateCustomerProfile(ctx: ShopperContext, user: Pick<User, 'id' | 'email'>, input: UpdateCustomerProfileInput) {
  const next = { name: input.name, email: input.email, phone: input.phone || null };
  try {
    return await ctx.tx(async (tx) => {
      const customer = await getCustomerOfUser(tx, { orgId: ctx.org.id, userId: user.id });
      const change = diff(customer, next);
      if (!change.changed) return customer;
      if (change.newValues.email && (await emailTakenInOrg(tx, { orgId: ctx.org.id, email: next.email, exceptId: customer.id }))) {
        throw conflict(EMAIL_IN_USE, { email: [EMAIL_IN_USE] });
      }
      const [updated] = await tx
        .update(customers)
        .set(next)
        .where(and(eq(customers.organizationId, ctx.org.id), eq(customers.id, customer.id)))
        .returning();
      await recordAudit(tx, userActor(user, ctx.meta), {
        organizationId: ctx.org.id,
        action: 'customer.profile_updated',
        entityType: 'customer',
        entityId: customer.id,
        oldValues: change.oldValues,
        newValues: change.newValues,
      });
      return updated!;
    });
  } catch (e) {
    if (isUniqueViolation(e, 'customers_org_email_key')) throw conflict(EMAIL_IN_USE, { email: [EMAIL_IN_USE] });
    throw e;
  }
}
