import { describe, expect, it, vi } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { withOrg, withPlatform } from '@/db/scope';
import { domains, products, type User } from '@/db/schema';
import { createOrganization, orgContextFor } from '@/db/test/factories';
import { createProduct, createWarehouse } from '@/db/test/catalog-factories';
import { createPackedOrder, deliveryOfOrder } from '@/db/test/delivery-factories';
import { productsOf, runImport, toCsv } from '@/lib/catalog/csv/test-helpers';
import { createDeliveryByHand } from '@/lib/delivery/deliveries-admin/create-delivery-by-hand';
import { CreateDeliveryInput } from '@/lib/delivery/deliveries-admin/schemas';
import { addDomain } from '@/lib/tenancy/domains/add-domain';
import { AddDomainInput } from '@/lib/tenancy/domains/schemas';

// The import route resolves the signed-in user from the session; here it is whoever the test says.
const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('@/lib/auth/current-user', () => ({
  requireUser: async () => session.user,
  getCurrentUser: async () => session.user,
}));
vi.mock('next/server', async (importOriginal) => ({ ...(await importOriginal<typeof import('next/server')>()), after: () => {} }));
vi.mock('@/lib/storefront/revalidate', () => ({ revalidateStorefronts: () => {} }));
const { POST: importRoute } = await import('@/app/api/orgs/[org]/products/import/route');
const { GET: suggestRoute } = await import('@/app/api/storefront/suggest/route');

/** An Enterprise store (every flag on by plan) with one feature turned off for it alone, or none. */
async function storeWithout(feature?: string) {
  const { org, owner } = await createOrganization({ features: feature ? { [feature]: false } : {} });
  return { org, owner, ctx: await orgContextFor(owner, org) };
}

const csv = toCsv([
  ['product_slug', 'name', 'base_price', 'stock:MAIN'],
  ['gated-mug', 'Gated mug', '5.00', 3],
]);

describe('verbs behind feature flags', () => {
  it('CSV import: refused without csv_import (the verb and the route), nothing imported; works with it', async () => {
    const off = await storeWithout('csv_import');
    await createWarehouse(off.org, { code: 'MAIN', name: 'Main' });
    await expect(runImport(off.ctx, csv)).rejects.toMatchObject({ code: 'FORBIDDEN', message: "CSV import is not part of this organization's plan." });
    session.user = off.owner;
    const form = new FormData();
    form.append('file', new File([csv], 'gated.csv'));
    form.append('mode', 'valid_rows');
    const response = await importRoute(
      new Request(`http://localhost/api/orgs/${off.org.slug}/products/import`, { method: 'POST', body: form, headers: { host: 'localhost', origin: 'http://localhost' } }),
      { params: Promise.resolve({ org: off.org.slug }) },
    );
    expect(response.status).toBe(403);
    expect(await productsOf(off.org)).toEqual([]);

    const on = await storeWithout();
    await createWarehouse(on.org, { code: 'MAIN', name: 'Main' });
    await expect(runImport(on.ctx, csv)).resolves.toMatchObject({ imported: true, created: 1 });
    expect((await productsOf(on.org)).map((p) => p.slug)).toEqual(['gated-mug']);
  });

  it('custom domains: addDomain refused without custom_domains, even on a plan that includes them; works with it', async () => {
    const off = await storeWithout('custom_domains');
    await expect(addDomain(off.ctx, AddDomainInput.parse({ hostname: 'shop.gated-off.test' }))).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: "Custom domains is not part of this organization's plan.",
    });
    const [row] = await withPlatform((tx) => tx.select({ n: count() }).from(domains).where(eq(domains.organizationId, off.org.id)));
    expect(row!.n).toBe(0);

    const on = await storeWithout();
    await expect(addDomain(on.ctx, AddDomainInput.parse({ hostname: 'shop.gated-on.test' }))).resolves.toMatchObject({ hostname: 'shop.gated-on.test' });
  });

  it('deliveries: no delivery opened by hand or at packing without deliveries; both with it', async () => {
    const off = await storeWithout('deliveries');
    const packed = await createPackedOrder(off.org);
    // Packing packed the order but opened no delivery.
    expect(packed.delivery).toBeUndefined();
    await expect(createDeliveryByHand(off.ctx, CreateDeliveryInput.parse({ orderId: packed.order.id }))).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: "Courier deliveries is not part of this organization's plan.",
    });
    expect(await deliveryOfOrder(packed.order.id)).toBeUndefined();

    const on = await storeWithout();
    const onPacked = await createPackedOrder(on.org);
    expect(onPacked.delivery).toMatchObject({ orderId: onPacked.order.id, status: 'pending' });
    const confirmed = await createPackedOrder(on.org, { orderStatus: 'confirmed' });
    await expect(createDeliveryByHand(on.ctx, CreateDeliveryInput.parse({ orderId: confirmed.order.id }))).resolves.toMatchObject({ trackingNumber: expect.any(String) });
  });

  it('storefront search suggestions: none without storefront_search_suggestions', async () => {
    const suggest = async (slug: string) => {
      const response = await suggestRoute(new NextRequest(`http://${slug}.localhost:3000/api/storefront/suggest?q=lantern`, { headers: { host: `${slug}.localhost:3000` } }));
      expect(response.status).toBe(200);
      return ((await response.json()) as { suggestions: { name: string }[] }).suggestions.map((s) => s.name);
    };
    const on = await storeWithout();
    await createProduct(on.org, { name: 'Brass lantern' });
    expect(await suggest(on.org.slug)).toEqual(['Brass lantern']);

    const off = await storeWithout('storefront_search_suggestions');
    await createProduct(off.org, { name: 'Brass lantern' });
    expect(await suggest(off.org.slug)).toEqual([]);
    // The shop's own products are still there; only the suggestions are off.
    expect(await withOrg(off.org.id, (tx) => tx.select().from(products))).toHaveLength(1);
  });
});
