import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { withPlatform } from '@/db/scope';
import { auditLogs, couponRedemptions, coupons, type Organization, type User } from '@/db/schema';
import { createProduct, createWarehouse, setStock } from '@/db/test/catalog-factories';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import { createTestOrder } from '@/db/test/order-factories';
import { createCoupon } from './create-coupon';
import { deleteCoupon } from './delete-coupon';
import { getCoupon } from './get-coupon';
import { listCouponRedemptions } from './list-coupon-redemptions';
import { listCoupons } from './list-coupons';
import { CouponFields, couponFormSchema, CouponListFilters, type CouponFormValues } from './schemas';
import { setCouponActive } from './set-coupon-active';
import { couponStatus } from './status';
import { updateCoupon } from './update-coupon';

const blank: CouponFormValues = {
  code: 'WELCOME10',
  name: 'Welcome',
  description: '',
  type: 'percentage',
  value: '10',
  minOrderAmount: '',
  maxDiscountAmount: '',
  usageLimit: '',
  perCustomerLimit: '',
  startsAt: '',
  endsAt: '',
  isActive: true,
};
const input = (overrides: Partial<CouponFormValues> = {}) => CouponFields.parse({ ...blank, ...overrides });
const day = 86_400_000;
const iso = (offset: number) => new Date(Date.now() + offset).toISOString();

async function couponRow(id: string) {
  const [row] = await withPlatform((tx) => tx.select().from(coupons).where(eq(coupons.id, id)));
  return row!;
}

let org: Organization;
let owner: User;
const ctx = () => orgContextFor(owner, org);

beforeAll(async () => {
  ({ org, owner } = await createOrganization());
});

describe('coupon input', () => {
  it('upper-cases the code and explains every problem next to its field', () => {
    expect(input({ code: ' summer-sale_2 ' }).code).toBe('SUMMER-SALE_2');
    const bad = CouponFields.safeParse({ ...blank, code: 'two words', value: '100.5', usageLimit: '0', perCustomerLimit: 'x', startsAt: iso(day), endsAt: iso(0) });
    expect(bad.error!.flatten().fieldErrors).toEqual({
      code: ['Use letters, digits, - and _ only (no spaces).'],
      value: ['Enter a percentage between 0.01 and 100, with at most 2 decimal places.'],
      usageLimit: ['Enter a whole number of 1 or more, or leave it empty for no limit.'],
      perCustomerLimit: ['Enter a whole number of 1 or more, or leave it empty for no limit.'],
      endsAt: ['The end must be after the start.'],
    });
    expect(CouponFields.safeParse({ ...blank, type: 'fixed_amount', value: '' }).error!.flatten().fieldErrors).toEqual({ value: ['Enter the amount off.'] });
    expect(couponFormSchema('USD').safeParse({ ...blank, type: 'fixed_amount', value: '5.123', minOrderAmount: '1.001' }).error!.flatten().fieldErrors).toEqual({
      value: ['Enter an amount like 12.50, with at most 2 decimal places.'],
      minOrderAmount: ['Enter an amount like 12.50, with at most 2 decimal places.'],
    });
    expect(CouponFields.safeParse({ ...blank, type: 'free_shipping', value: '' }).success).toBe(true);
  });

  it('says which state a coupon is in', () => {
    const base = { isActive: true, startsAt: null, endsAt: null, usageLimit: null, usedCount: 0 };
    const now = new Date();
    expect(couponStatus(base, now)).toBe('active');
    expect(couponStatus({ ...base, isActive: false, endsAt: new Date(0) }, now)).toBe('inactive');
    expect(couponStatus({ ...base, endsAt: new Date(now.getTime() - 1) }, now)).toBe('expired');
    expect(couponStatus({ ...base, usageLimit: 3, usedCount: 3 }, now)).toBe('used_up');
    expect(couponStatus({ ...base, startsAt: new Date(now.getTime() + day) }, now)).toBe('scheduled');
  });
});

describe('coupons', () => {
  it('stores percentages as basis points and money as minor units, and audits the creation', async () => {
    const c = await ctx();
    const pct = await createCoupon(c, input({ code: 'pct12', value: '12.5', maxDiscountAmount: '20', minOrderAmount: '50.00', usageLimit: '5', perCustomerLimit: '1', startsAt: iso(-day), endsAt: iso(day) }));
    expect(await couponRow(pct.id)).toMatchObject({ code: 'PCT12', type: 'percentage', value: 1250, maxDiscountAmount: 2000, minOrderAmount: 5000, usageLimit: 5, perCustomerLimit: 1, currency: 'USD', createdById: owner.id });
    const fixed = await createCoupon(c, input({ code: 'FIVEOFF', type: 'fixed_amount', value: '5', maxDiscountAmount: '3' }));
    expect(await couponRow(fixed.id)).toMatchObject({ type: 'fixed_amount', value: 500, maxDiscountAmount: null });
    const ship = await createCoupon(c, input({ code: 'FREESHIP', type: 'free_shipping', value: '', minOrderAmount: '30' }));
    expect(await couponRow(ship.id)).toMatchObject({ type: 'free_shipping', value: 0, minOrderAmount: 3000 });
    await expect(createCoupon(c, input({ code: 'ZERO', type: 'fixed_amount', value: '0' }))).rejects.toMatchObject({ fieldErrors: { value: ['Enter an amount greater than 0.'] } });
    const audit = await withPlatform((tx) => tx.select().from(auditLogs).where(eq(auditLogs.entityId, pct.id)));
    expect(audit.map((a) => a.action)).toEqual(['coupon.created']);
  });

  it('keeps codes unique per organization (a field error), and lets another organization use the same code', async () => {
    const c = await ctx();
    await createCoupon(c, input({ code: 'UNIQUE1' }));
    await expect(createCoupon(c, input({ code: 'unique1' }))).rejects.toMatchObject({ code: 'CONFLICT', fieldErrors: { code: ['Another coupon already uses this code.'] } });
    const { org: other, owner: otherOwner } = await createOrganization();
    await expect(createCoupon(await orgContextFor(otherOwner, other), input({ code: 'UNIQUE1' }))).resolves.toMatchObject({ code: 'UNIQUE1' });
    const second = await createCoupon(c, input({ code: 'UNIQUE2' }));
    await expect(updateCoupon(c, { couponId: second.id, ...input({ code: 'UNIQUE1' }) })).rejects.toMatchObject({ fieldErrors: { code: ['Another coupon already uses this code.'] } });
  });

  it('lets a deleted code be created again, and deactivates', async () => {
    const c = await ctx();
    const first = await createCoupon(c, input({ code: 'AGAIN' }));
    await setCouponActive(c, { couponId: first.id, isActive: false });
    expect((await couponRow(first.id)).isActive).toBe(false);
    await deleteCoupon(c, { couponId: first.id });
    expect((await couponRow(first.id)).deletedAt).not.toBeNull();
    await expect(getCoupon(c, first.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const again = await createCoupon(c, input({ code: 'AGAIN' }));
    expect(again.id).not.toBe(first.id);
  });

  it('refuses to lower the usage limit below the uses so far, with a field error', async () => {
    const c = await ctx();
    const coupon = await createCoupon(c, input({ code: 'LIMITED', usageLimit: '5' }));
    await withPlatform((tx) => tx.update(coupons).set({ usedCount: 3 }).where(eq(coupons.id, coupon.id)));
    await expect(updateCoupon(c, { couponId: coupon.id, ...input({ code: 'LIMITED', usageLimit: '2' }) })).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: { usageLimit: ['It has been used 3 times: the limit cannot be lower than that.'] },
    });
    expect(await updateCoupon(c, { couponId: coupon.id, ...input({ code: 'LIMITED', usageLimit: '3', name: 'Limited' }) })).toEqual({ id: coupon.id, changed: true });
    expect(await couponRow(coupon.id)).toMatchObject({ usageLimit: 3, name: 'Limited', usedCount: 3 });
  });

  it('lists with search, status filters, usage and pages', async () => {
    const { org: o, owner: u } = await createOrganization();
    const c = await orgContextFor(u, o);
    await createCoupon(c, input({ code: 'LIVE', name: 'Spring sale' }));
    await createCoupon(c, input({ code: 'OLD', endsAt: iso(-day), startsAt: iso(-2 * day) }));
    await createCoupon(c, input({ code: 'SOON', startsAt: iso(day) }));
    const gone = await createCoupon(c, input({ code: 'GONE', usageLimit: '2' }));
    await withPlatform((tx) => tx.update(coupons).set({ usedCount: 2 }).where(eq(coupons.id, gone.id)));
    const off = await createCoupon(c, input({ code: 'OFF' }));
    await setCouponActive(c, { couponId: off.id, isActive: false });

    const codes = async (f: object) => (await listCoupons(c, CouponListFilters.parse(f))).rows.map((r) => r.code);
    expect(await codes({})).toEqual(['OFF', 'GONE', 'SOON', 'OLD', 'LIVE']);
    expect(await codes({ status: 'active' })).toEqual(['LIVE']);
    expect(await codes({ status: 'expired' })).toEqual(['OLD']);
    expect(await codes({ status: 'scheduled' })).toEqual(['SOON']);
    expect(await codes({ status: 'used_up' })).toEqual(['GONE']);
    expect(await codes({ status: 'inactive' })).toEqual(['OFF']);
    expect(await codes({ q: 'spring' })).toEqual(['LIVE']);
    expect(await codes({ q: 'go' })).toEqual(['GONE']);
    const usedUp = (await listCoupons(c, CouponListFilters.parse({ status: 'used_up' }))).rows[0]!;
    expect(usedUp).toMatchObject({ usedCount: 2, usageLimit: 2, status: 'used_up' });

    for (let i = 0; i < 26; i++) await createCoupon(c, input({ code: `BULK${i}` }));
    const page2 = await listCoupons(c, CouponListFilters.parse({ page: '2' }));
    expect([page2.total, page2.totalPages, page2.rows.length]).toEqual([31, 2, 6]);
  });

  it('lists the redemptions of a coupon with their orders, voided ones marked', async () => {
    const { org: o, owner: u } = await createOrganization();
    const c = await orgContextFor(u, o);
    const coupon = await createCoupon(c, input({ code: 'USED' }));
    const { product, variant } = await createProduct(o);
    const wh = await createWarehouse(o, { isDefault: true });
    await setStock(o, { warehouseId: wh.id, productId: product.id, variantId: variant.id }, 10);
    const first = await createTestOrder(o, { lines: [{ product, variant, quantity: 1 }], email: 'a@example.test' });
    const second = await createTestOrder(o, { lines: [{ product, variant, quantity: 1 }], email: 'b@example.test' });
    await withPlatform((tx) =>
      tx.insert(couponRedemptions).values([
        { organizationId: o.id, couponId: coupon.id, orderId: first.order.id, email: 'a@example.test', discountAmount: 150, currency: 'USD', createdAt: new Date(Date.now() - day) },
        { organizationId: o.id, couponId: coupon.id, orderId: second.order.id, email: 'b@example.test', discountAmount: 200, currency: 'USD', voidedAt: new Date() },
      ]),
    );
    const listed = await listCouponRedemptions(c, { couponId: coupon.id, page: 1 });
    expect(listed.rows.map((r) => [r.orderNumber, r.email, r.discountAmount, r.voidedAt !== null])).toEqual([
      [second.order.number, 'b@example.test', 200, true],
      [first.order.number, 'a@example.test', 150, false],
    ]);
    expect(listed.rows[0]!.orderId).toBe(second.order.id);
  });

  it("another organization can neither read nor change this organization's coupons", async () => {
    const coupon = await createCoupon(await ctx(), input({ code: 'MINE' }));
    const { org: other, owner: otherOwner } = await createOrganization();
    const intruder = await orgContextFor(otherOwner, other);
    await expect(getCoupon(intruder, coupon.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(listCouponRedemptions(intruder, { couponId: coupon.id, page: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(updateCoupon(intruder, { couponId: coupon.id, ...input({ code: 'MINE', value: '100' }) })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(setCouponActive(intruder, { couponId: coupon.id, isActive: false })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(deleteCoupon(intruder, { couponId: coupon.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await listCoupons(intruder, CouponListFilters.parse({ q: 'MINE' }))).rows).toEqual([]);
    expect(await couponRow(coupon.id)).toMatchObject({ value: 1000, isActive: true, deletedAt: null });
  });

  it('refuses staff: coupons are for owners and admins', async () => {
    const staff = await orgContextFor(await addMember(org, 'staff'), org);
    await expect(createCoupon(staff, input({ code: 'STAFF' }))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(listCoupons(staff, CouponListFilters.parse({}))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
