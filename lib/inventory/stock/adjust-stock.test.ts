import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { withPlatform } from '@/db/scope';
import { auditLogs, type Organization, type User } from '@/db/schema';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import { createProduct, createWarehouse, setStock } from '@/db/test/catalog-factories';
import { auditOf, movementsOf, stockRow, sum } from '../test-helpers';
import { adjustStock } from './adjust-stock';
import { AdjustStockInput } from './schemas';

let org: Organization;
let owner: User;
const ctx = () => orgContextFor(owner, org);

beforeAll(async () => {
  ({ org, owner } = await createOrganization());
});

type Adjust = Partial<Omit<AdjustStockInput, 'quantity'>> & { variantId: string; warehouseId: string; quantity: number | string };
const adjust = async (input: Adjust, c?: Awaited<ReturnType<typeof ctx>>) =>
  adjustStock(c ?? (await ctx()), AdjustStockInput.parse({ mode: 'add', ...input, reason: input.reason ?? (input.mode === 'add' || !input.mode ? '' : 'damaged') }));

async function stocked(quantity: number, overrides: Parameters<typeof createProduct>[1] = {}) {
  const { product, variant } = await createProduct(org, overrides);
  const warehouse = await createWarehouse(org, { name: `Main ${product.slug}` });
  if (quantity) await setStock(org, { warehouseId: warehouse.id, productId: product.id, variantId: variant.id }, quantity);
  return { product, variant, warehouse, at: { variantId: variant.id, warehouseId: warehouse.id } };
}

/** Whether the movements, used once each, lead from `start` to `end` (each one's "before" is the previous "after"). */
function chains(start: number, end: number, moves: { quantity: number; quantityAfter: number }[]): boolean {
  if (moves.length === 0) return start === end;
  return moves.some((m, i) => m.quantityAfter - m.quantity === start && chains(m.quantityAfter, end, moves.filter((_, j) => j !== i)));
}

describe('adjustStock', () => {
  it('adds, removes and counts, each as a movement with its reason, reference and author, audited', async () => {
    const { at, warehouse } = await stocked(0);
    await adjust({ ...at, mode: 'add', quantity: 12, reason: 'received', reference: 'PO-17' });
    await adjust({ ...at, mode: 'remove', quantity: 2, reason: 'damaged', note: 'dropped' });
    const counted = await adjust({ ...at, mode: 'set', quantity: 7, reason: 'stocktake' });
    expect(counted).toMatchObject({ changed: true, quantity: 7, available: 7 });
    const moves = (await movementsOf(at.variantId)).sort((a, b) => a.quantityAfter - b.quantityAfter).reverse();
    expect(moves.map((m) => [m.type, m.quantity, m.quantityAfter, m.reason, m.reference, m.createdById])).toEqual([
      ['in', 12, 12, 'received', 'PO-17', owner.id],
      ['out', -2, 10, 'damaged: dropped', null, owner.id],
      ['adjustment', -3, 7, 'stocktake', null, owner.id],
    ]);
    const row = await stockRow(at.variantId, warehouse.id);
    expect((await auditOf(row!.id)).map((a) => a.action)).toEqual(['stock.adjusted', 'stock.adjusted', 'stock.adjusted']);
  });

  it('a count equal to what is there changes nothing and writes no movement', async () => {
    const { at } = await stocked(4);
    expect(await adjust({ ...at, mode: 'set', quantity: 4, reason: 'stocktake' })).toMatchObject({ changed: false, quantity: 4 });
    expect(await movementsOf(at.variantId)).toHaveLength(0);
  });

  it('20 parallel removals of 1 from 10 units: exactly 10 succeed, none below zero', async () => {
    const { at } = await stocked(10, { allowBackorder: false });
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => adjust({ ...at, mode: 'remove', quantity: 1 })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(10);
    const refusal = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refusal.reason).toMatchObject({ code: 'INVALID', fieldErrors: { quantity: [expect.stringMatching(/^Only 0 available in Main/)] } });
    expect((await stockRow(at.variantId, at.warehouseId))!.quantity).toBe(0);
    expect(await movementsOf(at.variantId)).toHaveLength(10);
  });

  it('parallel additions never lose an update', async () => {
    const { at } = await stocked(0);
    await Promise.all(Array.from({ length: 20 }, (_, i) => adjust({ ...at, mode: 'add', quantity: i + 1 })));
    expect((await stockRow(at.variantId, at.warehouseId))!.quantity).toBe(210);
    const moves = await movementsOf(at.variantId);
    expect(moves).toHaveLength(20);
    expect(sum(moves.map((m) => m.quantity))).toBe(210);
  });

  it('parallel counts, adds and removals end where the movement ledger says', async () => {
    const { at } = await stocked(0);
    const ops: Adjust[] = [
      ...[5, 12, 3, 20, 8, 15].map((quantity) => ({ ...at, mode: 'set' as const, quantity, reason: 'stocktake' as const })),
      ...[2, 4, 6].map((quantity) => ({ ...at, mode: 'add' as const, quantity })),
      ...[1, 2, 3].map((quantity) => ({ ...at, mode: 'remove' as const, quantity })),
    ];
    await Promise.allSettled(ops.map((op) => adjust(op)));
    const row = await stockRow(at.variantId, at.warehouseId);
    const moves = await movementsOf(at.variantId);
    expect(sum(moves.map((m) => m.quantity))).toBe(row!.quantity);
    // The movements chain from 0 to the final quantity, each starting where another ended: none was lost.
    expect(chains(0, row!.quantity, moves)).toBe(true);
    for (const m of moves.filter((m) => m.type === 'adjustment')) expect([5, 12, 3, 20, 8, 15]).toContain(m.quantityAfter);
    expect(row!.quantity).toBeGreaterThanOrEqual(0);
  });

  it('a count cannot go under what is reserved, and removals keep reserved units', async () => {
    const { at, product, warehouse } = await stocked(0);
    await setStock(org, { warehouseId: warehouse.id, productId: product.id, variantId: at.variantId }, 5, { reserved: 3 });
    await expect(adjust({ ...at, mode: 'remove', quantity: 3 })).rejects.toThrow(`Only 2 available in ${warehouse.name}.`);
    await expect(adjust({ ...at, mode: 'set', quantity: 2, reason: 'stocktake' })).rejects.toThrow(/3 units are reserved/);
    expect(await stockRow(at.variantId, at.warehouseId)).toMatchObject({ quantity: 5, reserved: 3 });
  });

  it('a product that allows backorders can go below zero', async () => {
    const { at } = await stocked(0, { allowBackorder: true });
    await Promise.all(Array.from({ length: 5 }, () => adjust({ ...at, mode: 'remove', quantity: 2 })));
    expect((await stockRow(at.variantId, at.warehouseId))!.quantity).toBe(-10);
  });

  it('an inactive warehouse takes no stock in, but stock can still be counted down there', async () => {
    const { product, variant } = await createProduct(org);
    const closed = await createWarehouse(org, { isActive: false });
    const at = { variantId: variant.id, warehouseId: closed.id };
    await expect(adjust({ ...at, mode: 'add', quantity: 1 })).rejects.toMatchObject({ fieldErrors: { warehouseId: [expect.stringMatching(/inactive/)] } });
    await setStock(org, { ...at, productId: product.id }, 4);
    await adjust({ ...at, mode: 'remove', quantity: 4 });
    expect((await stockRow(variant.id, closed.id))!.quantity).toBe(0);
  });

  it('refuses bad input before writing anything', () => {
    const at = { variantId: 'var_x', warehouseId: 'wh_x' };
    const problems = (input: object) => Object.keys(AdjustStockInput.safeParse({ ...at, ...input }).error?.flatten().fieldErrors ?? {});
    expect(problems({ mode: 'add', quantity: '' })).toEqual(['quantity']);
    expect(problems({ mode: 'add', quantity: '2.5' })).toEqual(['quantity']);
    expect(problems({ mode: 'add', quantity: -1 })).toEqual(['quantity']);
    expect(problems({ mode: 'add', quantity: 0 })).toEqual(['quantity']);
    expect(problems({ mode: 'remove', quantity: 1 })).toEqual(['reason']);
    expect(problems({ mode: 'set', quantity: 0, reason: 'other' })).toEqual(['note']);
    expect(problems({ mode: 'set', quantity: 0, reason: 'stocktake' })).toEqual([]);
    expect(problems({ mode: 'teleport', quantity: 1 })).toEqual(['mode']);
  });

  it("another organization's variant or warehouse is NotFound, and nothing changes", async () => {
    const { org: other } = await createOrganization();
    const { product: theirProduct, variant: theirs } = await createProduct(other);
    const theirWarehouse = await createWarehouse(other);
    await setStock(other, { warehouseId: theirWarehouse.id, productId: theirProduct.id, variantId: theirs.id }, 5);
    const { at } = await stocked(5);
    await expect(adjust({ variantId: theirs.id, warehouseId: theirWarehouse.id, mode: 'remove', quantity: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(adjust({ variantId: at.variantId, warehouseId: theirWarehouse.id, quantity: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(adjust({ variantId: theirs.id, warehouseId: at.warehouseId, quantity: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await stockRow(theirs.id, theirWarehouse.id))!.quantity).toBe(5);
    expect(await stockRow(at.variantId, theirWarehouse.id)).toBeUndefined();
    expect(await movementsOf(theirs.id)).toHaveLength(0);
  });

  it('couriers are refused; staff may adjust', async () => {
    const { at } = await stocked(3);
    const courier = await addMember(org, 'courier');
    await expect(adjust({ ...at, quantity: 1 }, await orgContextFor(courier, org))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const staff = await addMember(org, 'staff');
    await adjust({ ...at, quantity: 1 }, await orgContextFor(staff, org));
    expect((await stockRow(at.variantId, at.warehouseId))!.quantity).toBe(4);
    const audits = await withPlatform((tx) => tx.select().from(auditLogs).where(eq(auditLogs.actorUserId, courier.id)));
    expect(audits).toHaveLength(0);
  });
});
