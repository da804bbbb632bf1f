import { and, eq, isNull, ne } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { customers, type Customer, type User } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { userActor } from '@/lib/server/actor';
import type { StorefrontContext } from '@/lib/server/context';
import { notFound } from '@/lib/server/errors';
import type { RequestMeta } from '@/lib/server/request-meta';

/** A storefront request: the store comes from the host, never from the input. */
export type ShopperContext = StorefrontContext & { meta: RequestMeta };

export type CustomerSource = 'storefront_signup' | 'storefront_signin';

export async function findCustomerOfUser(
  tx: Tx,
  { orgId, userId, includeDeleted = false }: { orgId: string; userId: string; includeDeleted?: boolean },
): Promise<Customer | undefined> {
  const [row] = await tx
    .select()
    .from(customers)
    .where(
      and(eq(customers.organizationId, orgId), eq(customers.userId, userId), includeDeleted ? undefined : isNull(customers.deletedAt)),
    );
  return row;
}

export async function getCustomerOfUser(tx: Tx, where: { orgId: string; userId: string }): Promise<Customer> {
  const row = await findCustomerOfUser(tx, where);
  if (!row) throw notFound('Your customer profile');
  return row;
}

/** Is `email` already another customer's address in this store? */
export async function emailTakenInOrg(tx: Tx, { orgId, email, exceptId }: { orgId: string; email: string; exceptId: string }) {
  const [row] = await tx
    .select({ id: customers.id })
    .from(customers)
    .where(and(eq(customers.organizationId, orgId), eq(customers.emailKey, email.toLowerCase()), ne(customers.id, exceptId)));
  return Boolean(row);
}

/**
 * Makes the user a customer of this store (and of no other): their existing row, a row the
 * merchant already had for their email (now linked to the account), or a new one.
 */
export async function linkOrCreateCustomer(tx: Tx, ctx: ShopperContext, user: User, source: CustomerSource): Promise<Customer> {
  const orgId = ctx.org.id;
  // A row the merchant removed stays removed: signing in again does not bring it back.
  const existing = await findCustomerOfUser(tx, { orgId, userId: user.id, includeDeleted: true });
  if (existing) return existing;
  const actor = userActor(user, ctx.meta);

  const [linked] = await tx
    .update(customers)
    .set({ userId: user.id })
    .where(and(eq(customers.organizationId, orgId), isNull(customers.userId), eq(customers.emailKey, user.email.toLowerCase())))
    .returning();
  if (linked) {
    await recordAudit(tx, actor, { organizationId: orgId, action: 'customer.account_linked', entityType: 'customer', entityId: linked.id, newValues: { userId: user.id, source } });
    return linked;
  }

  const values = { organizationId: orgId, userId: user.id, name: user.name?.trim() || user.email, currency: ctx.org.defaultCurrency, source };
  // ON CONFLICT: a parallel sign-in may have just created the row, or (rarely) another
  // customer of this store already uses this email; then the new row goes without one.
  const [inserted] = await tx.insert(customers).values({ ...values, email: user.email }).onConflictDoNothing().returning();
  if (!inserted) {
    const raced = await findCustomerOfUser(tx, { orgId, userId: user.id, includeDeleted: true });
    if (raced) return raced;
  }
  const created = inserted ?? (await tx.insert(customers).values({ ...values, email: null }).returning())[0]!;
  await recordAudit(tx, actor, {
    organizationId: orgId,
    action: 'customer.created',
    entityType: 'customer',
    entityId: created.id,
    newValues: { name: created.name, email: created.email, source },
  });
  return created;
}
