import { describe, expect, it } from 'vitest';
import { withOrg, withPlatform } from '@/db/scope';
import { invitations, organizations, products } from '@/db/schema';
import { eq } from 'drizzle-orm';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import { createProduct } from '@/lib/catalog/products/create-product';
import { productInput } from '@/lib/catalog/products/test-helpers';
import { createWarehouse } from '@/lib/inventory/warehouses/create-warehouse';
import { CreateWarehouseInput } from '@/lib/inventory/warehouses/schemas';
import { inviteMember } from '@/lib/tenancy/invitations/invite-member';
import { getPlanOverview } from './get-plan-overview';
import { PLAN_ORDER } from './plans';

const blank = { code: '', address: { street: '', city: '', region: '', postalCode: '', country: '' }, contactPerson: '', phone: '', email: '', latitude: '', longitude: '' };
const warehouse = (name: string) => CreateWarehouseInput.parse({ ...blank, name });
const usageOf = (overview: Awaited<ReturnType<typeof getPlanOverview>>) => Object.fromEntries(overview.usage.map((u) => [u.resource, [u.used, u.limit]]));

describe('plan overview', () => {
  it("counts what the organization has against its plan's limits, and nothing of another organization", async () => {
    const { org, owner } = await createOrganization({ plan: 'basic' });
    const ctx = await orgContextFor(owner, org);
    await createProduct(ctx, productInput({ name: 'Mug' }));
    await createProduct(ctx, productInput({ name: 'Plate' }));
    await withOrg(org.id, (tx) => tx.insert(products).values({ organizationId: org.id, name: 'Gone', slug: 'gone', basePrice: 100, currency: 'USD', deletedAt: new Date() }));
    await createWarehouse(ctx, warehouse('Main'));
    await addMember(org, 'staff');
    await addMember(org, 'courier');
    await inviteMember(ctx, { email: 'open@example.test', role: 'staff' });
    await withOrg(org.id, (tx) =>
      tx.insert(invitations).values([
        { organizationId: org.id, email: 'expired@example.test', role: 'staff', tokenHash: `expired-${org.id}`, invitedBy: owner.id, expiresAt: new Date(Date.now() - 60_000) },
        { organizationId: org.id, email: 'revoked@example.test', role: 'staff', tokenHash: `revoked-${org.id}`, invitedBy: owner.id, expiresAt: new Date(Date.now() + 86_400_000), revokedAt: new Date() },
      ]),
    );

    const other = await createOrganization({ plan: 'basic' });
    const otherCtx = await orgContextFor(other.owner, other.org);
    await createProduct(otherCtx, productInput({ name: 'Elsewhere' }));
    await createWarehouse(otherCtx, warehouse('Elsewhere'));
    await addMember(other.org, 'admin');

    const overview = await getPlanOverview(ctx);
    expect(overview.plan).toBe('basic');
    expect(overview.customDomains).toBe(true);
    // Members: owner, staff, courier, plus the one open invitation.
    expect(usageOf(overview)).toEqual({ products: [2, 500], warehouses: [1, 3], teamMembers: [4, 10] });
    expect(overview.plans.map((p) => p.key)).toEqual(PLAN_ORDER);
    expect(overview.plans.find((p) => p.key === 'free')).toMatchObject({ limits: { products: 50, teamMembers: 3, warehouses: 1 }, modules: { customDomains: false } });

    expect(usageOf(await getPlanOverview(otherCtx))).toEqual({ products: [1, 500], warehouses: [1, 3], teamMembers: [2, 10] });
  });

  it('shows the plan as it is now, with unlimited resources as null', async () => {
    const { org, owner } = await createOrganization({ plan: 'free' });
    const ctx = await orgContextFor(owner, org);
    const free = await getPlanOverview(ctx);
    expect(free).toMatchObject({ plan: 'free', customDomains: false });
    expect(usageOf(free)).toEqual({ products: [0, 50], warehouses: [0, 1], teamMembers: [1, 3] });
    expect(free.orders).toEqual({ used: 0, limit: 100 });

    // A platform admin moves it to Enterprise while this context is still open.
    await withPlatform((tx) => tx.update(organizations).set({ plan: 'enterprise' }).where(eq(organizations.id, org.id)));
    const enterprise = await getPlanOverview(ctx);
    expect(enterprise).toMatchObject({ plan: 'enterprise', customDomains: true });
    expect(usageOf(enterprise)).toEqual({ products: [0, null], warehouses: [0, null], teamMembers: [1, null] });
    expect(enterprise.orders).toEqual({ used: 0, limit: null });
  });

  it('is for owners and admins: staff and couriers are refused', async () => {
    const { org } = await createOrganization({ plan: 'pro' });
    for (const role of ['staff', 'courier'] as const) {
      await expect(getPlanOverview(await orgContextFor(await addMember(org, role), org))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    await expect(getPlanOverview(await orgContextFor(await addMember(org, 'admin'), org))).resolves.toMatchObject({ plan: 'pro' });
  });
});
