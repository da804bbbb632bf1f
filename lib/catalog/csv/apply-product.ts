import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { isUniqueViolation } from '@/db/errors';
import { products, productVariants, type Product } from '@/db/schema';
import { applyStockChange } from '@/lib/inventory/apply-stock-change';
import { AppError } from '@/lib/server/errors';
import type { ProductPlan } from './plan-product';
import { rowFailure } from './row-failure';

export type WriteScope = { orgId: string; userId: string; currency: string; fileName: string };

/** Writes one planned product: its row, its variants, then its stock through applyStockChange. Run in a savepoint. */
export async function applyProduct(tx: Tx, scope: WriteScope, plan: ProductPlan) {
  const { p, existing, values } = plan;
  let product: Product | undefined = existing;
  try {
    if (!existing) {
      const status = values!.status ?? 'draft';
      [product] = await tx
        .insert(products)
        .values({
          ...values,
          organizationId: scope.orgId,
          slug: p.slug,
          name: values!.name!,
          basePrice: values!.basePrice!,
          currency: scope.currency,
          status,
          publishedAt: status === 'active' ? new Date() : null,
          createdById: scope.userId,
          updatedById: scope.userId,
        })
        .returning();
    } else if (values) {
      const publishedAt = existing.publishedAt ?? (values.status === 'active' ? new Date() : null);
      [product] = await tx
        .update(products)
        .set({ ...values, publishedAt, updatedById: scope.userId })
        .where(and(eq(products.organizationId, scope.orgId), eq(products.id, existing.id)))
        .returning();
    }
  } catch (e) {
    if (isUniqueViolation(e, 'products_org_sku_key')) throw rowFailure(p.firstRow, 'sku', `Product SKU ${values?.sku} is already used by another product.`);
    if (isUniqueViolation(e, 'products_org_slug_key')) throw rowFailure(p.firstRow, 'product_slug', 'A product with this slug was created meanwhile; check the file again.');
    throw e;
  }

  const productId = product!.id;
  const variants = (ids: string[]) => and(eq(productVariants.organizationId, scope.orgId), inArray(productVariants.id, ids));
  const ids = new Map<number, string>();
  const removedStock = plan.stock.filter((s) => plan.removed.some((v) => v.id === s.variant));
  const keptStock = plan.stock.filter((s) => !removedStock.includes(s));

  const changeStock = async (ops: ProductPlan['stock']) => {
    for (const op of ops) {
      const variantId = typeof op.variant === 'string' ? op.variant : ids.get(op.variant)!;
      try {
        await applyStockChange(tx, { orgId: scope.orgId, userId: scope.userId }, { variantId, warehouseId: op.warehouseId, delta: op.delta, type: 'adjustment', reason: op.reason, reference: scope.fileName });
      } catch (e) {
        if (e instanceof AppError) throw rowFailure(op.row, op.column, e.message);
        throw e;
      }
    }
  };

  try {
    await changeStock(removedStock);
    if (plan.removed.length > 0) await tx.update(productVariants).set({ deletedAt: new Date() }).where(variants(plan.removed.map((v) => v.id)));
    if (plan.freed.length > 0) await tx.update(productVariants).set({ sku: null }).where(variants(plan.freed));
    for (const u of plan.updates) await tx.update(productVariants).set(u.values).where(variants([u.id]));
    if (plan.inserts.length > 0) {
      const rows = await tx
        .insert(productVariants)
        .values(plan.inserts.map((i) => ({ ...i.values, organizationId: scope.orgId, productId, name: i.values.name! })))
        .returning({ id: productVariants.id });
      plan.inserts.forEach((i, n) => ids.set(i.index, rows[n]!.id));
    }
  } catch (e) {
    if (isUniqueViolation(e, 'product_variants_org_sku_key')) throw rowFailure(p.firstRow, 'variant_sku', 'A variant SKU of this product is already used by another product.');
    throw e;
  }
  await changeStock(keptStock);
}
