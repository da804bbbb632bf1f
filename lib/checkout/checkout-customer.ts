import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { customers } from '@/db/schema';
import { forbidden, notFound } from '@/lib/server/errors';
import { prepared } from './prepared';

export type CheckoutCustomer = { id: string; /** Created by this checkout, already counting this order. */ created: boolean };

const BLOCKED = 'This store cannot take your order online. Please contact the store.';

/**
 * The customer an order belongs to: the signed-in shopper's own, else the store's customer with
 * this email (any case), else a new one (source 'storefront_checkout') that already counts this
 * order. Parallel guests with the same new email: the unique index on lower(email) makes the
 * second insert wait for the first and then do nothing, and the re-select finds the row.
 */
export async function findOrCreateCheckoutCustomer(
  tx: Tx,
  orgId: string,
  who: { shopper: { customerId: string | null }; email: string; name: string; phone: string | null; currency: string; now: Date },
): Promise<CheckoutCustomer> {
  const columns = { id: customers.id, status: customers.status, deletedAt: customers.deletedAt };
  if (who.shopper.customerId) {
    const [own] = await prepared(tx.select(columns).from(customers).where(and(eq(customers.organizationId, orgId), eq(customers.id, who.shopper.customerId))));
    if (!own) throw notFound('Your customer profile');
    if (own.deletedAt) throw forbidden('The store has closed your customer profile. Contact the store if you think this is a mistake.');
    if (own.status === 'blocked') throw forbidden(BLOCKED);
    return { id: own.id, created: false };
  }
  const byEmail = sql`lower(${customers.email}) = ${who.email.toLowerCase()}`;
  const find = async () => (await prepared(tx.select(columns).from(customers).where(and(eq(customers.organizationId, orgId), byEmail))))[0];
  let found = await find();
  if (!found) {
    const [inserted] = await prepared(
      tx
        .insert(customers)
      .values({
        organizationId: orgId,
        email: who.email,
        name: who.name,
        phone: who.phone,
        currency: who.currency,
        source: 'storefront_checkout',
        totalOrders: 1,
        lastOrderAt: who.now,
      })
        .onConflictDoNothing()
        .returning({ id: customers.id }),
    );
    if (inserted) return { id: inserted.id, created: true };
    found = await find();
    if (!found) throw new Error('Customer insert conflicted but no customer has this email');
  }
  if (found.status === 'blocked') throw forbidden(BLOCKED);
  return { id: found.id, created: false };
}
