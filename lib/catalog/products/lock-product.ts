import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { products, type Product } from '@/db/schema';
import { notFound } from '@/lib/server/errors';

/**
 * One of the organization's live products, locked FOR UPDATE until the transaction ends. Every
 * catalog edit of a product or its children (fields, variants, images) takes this lock first,
 * then the variants it touches; stock changes take the product (FOR NO KEY UPDATE) then the
 * variant too, so the two never wait on each other in opposite orders. A product deleted while
 * this waited is NotFound: the row is read again once the lock is granted.
 */
export async function lockProduct(tx: Tx, orgId: string, id: string): Promise<Product> {
  const [row] = await tx
    .select()
    .from(products)
    .where(and(eq(products.organizationId, orgId), eq(products.id, id), isNull(products.deletedAt)))
    .for('update');
  if (!row) throw notFound('Product');
  return row;
}
