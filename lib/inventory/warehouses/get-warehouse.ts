import 'server-only';
import { getWarehouseInOrg } from '@/lib/catalog/internal';
import { requirePermission, type OrgContext } from '@/lib/server/context';

/** One warehouse of this organization, for its edit page; another organization's id is NotFound. */
export async function getWarehouse(ctx: OrgContext, warehouseId: string) {
  requirePermission(ctx, 'inventory.view');
  return ctx.tx((tx) => getWarehouseInOrg(tx, ctx.org.id, warehouseId));
}
