import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { products, productVariants } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { variantName } from '@/lib/catalog/internal';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { combinations, optionKey } from './matrix';
import { lockProduct } from '@/lib/catalog/products/lock-product';
import { refuseIfStocked } from './internal';
import type { SetProductOptionsInput } from './schemas';

/**
 * Stores a product's options and brings its variants in line with them, in one transaction
 * on the locked product: variants whose combination is still wanted keep their SKU, price and
 * stock (renamed and re-sorted to the new order); new combinations are created; the rest are
 * soft-deleted, unless one still holds stock, which refuses the whole change. No options means
 * the single default variant.
 */
export async function setProductOptions(ctx: OrgContext, input: SetProductOptionsInput) {
  requirePermission(ctx, 'catalog.manage');
  const orgId = ctx.org.id;
  const options = input.options.map((o) => ({ name: o.name, values: [...o.values] }));
  const order = options.map((o) => o.name);

  return ctx.tx(async (tx) => {
    const product = await lockProduct(tx, orgId, input.productId);
    const existing = await tx
      .select()
      .from(productVariants)
      .where(and(eq(productVariants.organizationId, orgId), eq(productVariants.productId, product.id), isNull(productVariants.deletedAt)));
    const byKey = new Map(existing.map((v) => [optionKey(v.optionValues), v]));
    const wanted = combinations(options);
    const wantedKeys = new Set(wanted.map(optionKey));

    const removed = existing.filter((v) => !wantedKeys.has(optionKey(v.optionValues)));
    await refuseIfStocked(tx, orgId, removed);
    if (removed.length > 0) {
      await tx
        .update(productVariants)
        .set({ deletedAt: new Date() })
        .where(and(eq(productVariants.organizationId, orgId), inArray(productVariants.id, removed.map((v) => v.id))));
    }

    const kept: { id: string; name: string; sortOrder: number }[] = [];
    const created: (typeof productVariants.$inferInsert)[] = [];
    wanted.forEach((values, sortOrder) => {
      const name = variantName(values, order);
      const current = byKey.get(optionKey(values));
      if (!current) {
        const isDefault = Object.keys(values).length === 0;
        created.push({ organizationId: orgId, productId: product.id, name, optionValues: values, isDefault, sortOrder });
      } else if (current.name !== name || current.sortOrder !== sortOrder) {
        kept.push({ id: current.id, name, sortOrder });
      }
    });
    if (kept.length > 0) {
      // One statement for all renames, rather than up to 250 round trips.
      const rows = sql.join(kept.map((k) => sql`(${k.id}, ${k.name}, ${k.sortOrder}::int)`), sql`, `);
      await tx.execute(sql`
        update ${productVariants} set name = x.name, sort_order = x.sort_order, updated_at = now()
        from (values ${rows}) as x(id, name, sort_order)
        where ${productVariants.id} = x.id and ${productVariants.organizationId} = ${orgId}`);
    }
    if (created.length > 0) await tx.insert(productVariants).values(created);
    await tx
      .update(products)
      .set({ options, updatedById: ctx.actor.userId })
      .where(and(eq(products.organizationId, orgId), eq(products.id, product.id)));

    await recordAudit(tx, ctx.actor, {
      organizationId: orgId,
      action: 'product.options_updated',
      entityType: 'product',
      entityId: product.id,
      oldValues: { options: product.options },
      newValues: { options, created: created.map((v) => v.name), removed: removed.map((v) => v.name) },
    });
    return { variants: wanted.length, created: created.length, removed: removed.length };
  });
}
