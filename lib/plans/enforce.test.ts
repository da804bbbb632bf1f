import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { withOrg, withPlatform } from '@/db/scope';
import { invitations, products, warehouses } from '@/db/schema';
import { createOrganization, createPlatformAdmin, adminContextFor, orgContextFor } from '@/db/test/factories';
import { changeTenantPlan } from '@/lib/admin/change-tenant-plan';
import { createProduct } from '@/lib/catalog/products/create-product';
import { productInput } from '@/lib/catalog/products/test-helpers';
import { createWarehouse } from '@/lib/inventory/warehouses/create-warehouse';
import { CreateWarehouseInput } from '@/lib/inventory/warehouses/schemas';
import { addDomain } from '@/lib/tenancy/domains/add-domain';
import { AddDomainInput } from '@/lib/tenancy/domains/schemas';
import { inviteMember } from '@/lib/tenancy/invitations/invite-member';
import { PLANS } from './plans';

const blank = { name: '', code: '', address: { street: '', city: '', region: '', postalCode: '', country: '' }, contactPerson: '', phone: '', email: '', latitude: '', longitude: '' };
const warehouse = (name: string) => CreateWarehouseInput.parse({ ...blank, name });
const count = async (table: typeof warehouses | typeof products, orgId: string) =>
  (await withPlatform((tx) => tx.select().from(table).where(eq(table.organizationId, orgId)))).length;

async function storeOn(plan: 'free' | 'basic' | 'pro') {
  const { org, owner } = await createOrganization({ plan });
  return { org, ctx: await orgContextFor(owner, org) };
}

describe('plan limits at the verbs', () => {
  it('refuses the warehouse one over the limit, naming the plan that allows it, and writes nothing', async () => {
    const { org, ctx } = await storeOn('free');
    await createWarehouse(ctx, warehouse('Main'));
    await expect(createWarehouse(ctx, warehouse('Second'))).rejects.toMatchObject({
      code: 'PLAN_LIMIT',
      message: 'The Free plan allows 1 warehouse and you have 1. Upgrade to Basic for 3 warehouses.',
    });
    expect(await count(warehouses, org.id)).toBe(1);
  });

  it('lets only one of two parallel adds take the last place', async () => {
    const { org, ctx } = await storeOn('basic');
    await createWarehouse(ctx, warehouse('Depot A'));
    await createWarehouse(ctx, warehouse('Depot B'));
    const results = await Promise.allSettled([createWarehouse(ctx, warehouse('Depot C')), createWarehouse(ctx, warehouse('Depot D'))]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(['PLAN_LIMIT']);
    expect(await count(warehouses, org.id)).toBe(PLANS.basic.limits.warehouses);
  });

  it('counts products up to the limit, then refuses', async () => {
    const { org, ctx } = await storeOn('free');
    const limit = PLANS.free.limits.products!;
    await withOrg(org.id, (tx) =>
      tx.insert(products).values(Array.from({ length: limit - 1 }, (_, i) => ({ organizationId: org.id, name: `P${i}`, slug: `p-${i}`, basePrice: 100, currency: 'USD' }))),
    );
    await createProduct(ctx, productInput({ name: 'The last one' }));
    await expect(createProduct(ctx, productInput({ name: 'One too many' }))).rejects.toMatchObject({ code: 'PLAN_LIMIT' });
    expect(await count(products, org.id)).toBe(limit);
  });

  it('counts open invitations as places on the team', async () => {
    const { org, ctx } = await storeOn('free');
    // Free: 3 places; the owner has one.
    await inviteMember(ctx, { email: 'one@example.test', role: 'staff' });
    await inviteMember(ctx, { email: 'two@example.test', role: 'courier' });
    await expect(inviteMember(ctx, { email: 'three@example.test', role: 'staff' })).rejects.toMatchObject({ code: 'PLAN_LIMIT' });
    // Inviting the same person again replaces their invitation: no new place.
    await inviteMember(ctx, { email: 'two@example.test', role: 'staff' });
    await withOrg(org.id, (tx) => tx.update(invitations).set({ revokedAt: new Date() }).where(eq(invitations.email, 'one@example.test')));
    await inviteMember(ctx, { email: 'three@example.test', role: 'staff' });
  });

  it('keeps custom domains to plans that include them', async () => {
    const free = await storeOn('free');
    await expect(addDomain(free.ctx, AddDomainInput.parse({ hostname: 'shop.free-store.test' }))).rejects.toMatchObject({
      code: 'PLAN_LIMIT',
      message: 'A custom domain needs the Basic plan or above; this organization is on Free.',
    });
    const basic = await storeOn('basic');
    await expect(addDomain(basic.ctx, AddDomainInput.parse({ hostname: 'shop.basic-store.test' }))).resolves.toBeTruthy();
  });
});

describe('changing to a smaller plan', () => {
  it('is refused while the tenant uses more than the plan allows, with what must go first', async () => {
    const { org, ctx } = await storeOn('pro');
    await createWarehouse(ctx, warehouse('Depot A'));
    await createWarehouse(ctx, warehouse('Depot B'));
    await addDomain(ctx, AddDomainInput.parse({ hostname: 'shop.pro-store.test' }));
    const admin = await adminContextFor(await createPlatformAdmin());
    const error = await changeTenantPlan(admin, { organizationId: org.id, plan: 'free', reason: '' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'CONFLICT' });
    expect((error as Error).message).toContain('Free allows 1 warehouse; it has 2: remove 1 warehouse first.');
    expect((error as Error).message).toContain('remove its 1 custom domain first');
    expect((await changeTenantPlan(admin, { organizationId: org.id, plan: 'basic', reason: '' })).plan).toBe('basic');
  });
});
