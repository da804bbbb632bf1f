import 'server-only';
import { and, count, eq, gt, isNull } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { invitations, memberships, products, warehouses } from '@/db/schema';
import type { LimitedResource } from './plans';

/**
 * What an organization uses of each limited resource: products not deleted, warehouses not
 * deleted, and team members (every role, couriers too: they sign in) with the invitations still
 * open (an accepted one becomes a member).
 */
export async function countUsage(tx: Tx, orgId: string, resource: LimitedResource): Promise<number> {
  const one = async (query: Promise<{ n: number }[]>) => (await query)[0]?.n ?? 0;
  switch (resource) {
    case 'products':
      return one(tx.select({ n: count() }).from(products).where(and(eq(products.organizationId, orgId), isNull(products.deletedAt))));
    case 'warehouses':
      return one(tx.select({ n: count() }).from(warehouses).where(and(eq(warehouses.organizationId, orgId), isNull(warehouses.deletedAt))));
    case 'teamMembers': {
      const [members, open] = await Promise.all([
        one(tx.select({ n: count() }).from(memberships).where(eq(memberships.organizationId, orgId))),
        one(
          tx
            .select({ n: count() })
            .from(invitations)
            .where(and(eq(invitations.organizationId, orgId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, new Date()))),
        ),
      ]);
      return members + open;
    }
  }
}

export async function countAllUsage(tx: Tx, orgId: string): Promise<Record<LimitedResource, number>> {
  const [productsUsed, teamMembers, warehousesUsed] = await Promise.all([countUsage(tx, orgId, 'products'), countUsage(tx, orgId, 'teamMembers'), countUsage(tx, orgId, 'warehouses')]);
  return { products: productsUsed, teamMembers, warehouses: warehousesUsed };
}
