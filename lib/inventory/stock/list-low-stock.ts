import 'server-only';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { paged, PageParam, pageWindow } from '@/lib/server/list-query';

export const LOW_STOCK_PAGE_SIZE = 25;

export const LowStockFilters = z.object({ page: PageParam });
export type LowStockFilters = z.infer<typeof LowStockFilters>;

/** `level`: a stock row at or under its reorder level. `threshold`: a product without reorder levels at or under its low-stock threshold. */
export type LowStockRule = 'level' | 'threshold';

export type LowStockRow = {
  rule: LowStockRule;
  key: string;
  productId: string;
  productName: string;
  variantId: string | null;
  variantName: string | null;
  sku: string | null;
  warehouseId: string | null;
  warehouseName: string | null;
  available: number;
  /** The reorder level or the low-stock threshold that was crossed. */
  limit: number;
  shortfall: number;
};

/**
 * What is running low, most short first: every stock row of an active variant in an active
 * warehouse whose available units are at or under its reorder level (when one is set), and
 * every product with no reorder level anywhere whose total available stock is at or under its
 * low-stock threshold. Discontinued, deleted and digital products are left out.
 */
export async function listLowStock(ctx: OrgContext, filters: LowStockFilters) {
  requirePermission(ctx, 'inventory.view');
  const org = ctx.org.id;
  const low = sql`
    select 'level' as rule, sl.id as key, p.id as product_id, p.name as product_name, v.id as variant_id, v.name as variant_name,
           coalesce(v.sku, p.sku) as sku, w.id as warehouse_id, w.name as warehouse_name,
           sl.available, sl.reorder_level as "limit", sl.reorder_level - sl.available as shortfall
    from stock_levels sl
    join products p on p.organization_id = sl.organization_id and p.id = sl.product_id
    join product_variants v on v.organization_id = sl.organization_id and v.id = sl.variant_id
    join warehouses w on w.organization_id = sl.organization_id and w.id = sl.warehouse_id
    where sl.organization_id = ${org} and sl.reorder_level > 0 and sl.available <= sl.reorder_level
      and p.deleted_at is null and p.status <> 'discontinued' and not p.is_digital
      and v.deleted_at is null and v.is_active and w.deleted_at is null and w.is_active
    union all
    select 'threshold', p.id, p.id, p.name, null, null, p.sku, null, null,
           p.stock_available, p.low_stock_threshold, p.low_stock_threshold - p.stock_available
    from products p
    where p.organization_id = ${org} and p.deleted_at is null and p.status <> 'discontinued' and not p.is_digital
      and p.stock_available <= p.low_stock_threshold
      and not exists (select 1 from stock_levels sl where sl.organization_id = p.organization_id and sl.product_id = p.id and sl.reorder_level > 0)
      and exists (select 1 from product_variants v where v.organization_id = p.organization_id and v.product_id = p.id and v.is_active and v.deleted_at is null)`;

  return ctx.tx(async (tx) => {
    const [counted] = await tx.execute<{ total: number }>(sql`select count(*)::int as total from (${low}) low`);
    const total = Number(counted?.total ?? 0);
    const window = pageWindow(total, filters.page, LOW_STOCK_PAGE_SIZE);
    const rows = await tx.execute<Record<string, unknown>>(sql`
      select * from (${low}) low
      order by shortfall desc, lower(product_name), product_id, variant_name nulls first, lower(warehouse_name) nulls first
      limit ${LOW_STOCK_PAGE_SIZE} offset ${window.offset}`);
    const shaped = rows.map(
      (r): LowStockRow => ({
        rule: r.rule as LowStockRule,
        key: `${r.rule}:${r.key}`,
        productId: String(r.product_id),
        productName: String(r.product_name),
        variantId: (r.variant_id as string | null) ?? null,
        variantName: (r.variant_name as string | null) ?? null,
        sku: (r.sku as string | null) ?? null,
        warehouseId: (r.warehouse_id as string | null) ?? null,
        warehouseName: (r.warehouse_name as string | null) ?? null,
        available: Number(r.available),
        limit: Number(r.limit),
        shortfall: Number(r.shortfall),
      }),
    );
    return paged(shaped, total, window.page, LOW_STOCK_PAGE_SIZE);
  });
}
