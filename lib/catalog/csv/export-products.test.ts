import postgres from 'postgres';
import { beforeAll, describe, expect, it } from 'vitest';
import { withOrg } from '@/db/scope';
import { products, productVariants, stockLevels, type Organization, type Warehouse } from '@/db/schema';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import { createCategory, createProduct, createWarehouse } from '@/db/test/catalog-factories';
import type { OrgContext } from '@/lib/server/context';
import { ExportFilters } from './export-filters';
import { exportProducts } from './export-products';
import { csvHeader } from './format';
import { movementsOf, runImport } from './test-helpers';

let big: Organization;
let bigCtx: OrgContext;
let warehouse: Warehouse;
const COUNT = 3000;

/** 3,000 products with a variant and stock each, written in bulk. */
async function seedCatalog(org: Organization, wh: Warehouse) {
  await withOrg(org.id, async (tx) => {
    for (let start = 0; start < COUNT; start += 500) {
      const rows = Array.from({ length: 500 }, (_, i) => ({
        organizationId: org.id, name: `Product ${start + i}`, slug: `product-${String(start + i).padStart(5, '0')}`,
        basePrice: 1000 + start + i, currency: 'USD', status: 'active' as const, tags: ['bulk'],
        description: (start + i) % 7 === 0 ? 'Line one\nline two, with "quotes"' : null,
      }));
      const made = await tx.insert(products).values(rows).returning({ id: products.id });
      const variants = await tx
        .insert(productVariants)
        .values(made.map((p, i) => ({ organizationId: org.id, productId: p.id, name: 'Default', isDefault: true, sku: `SKU-${start + i}` })))
        .returning({ id: productVariants.id, productId: productVariants.productId });
      await tx.insert(stockLevels).values(variants.map((v, i) => ({ organizationId: org.id, warehouseId: wh.id, productId: v.productId, variantId: v.id, quantity: i % 10 })));
    }
  });
}

async function readAll(stream: ReadableStream<Uint8Array>) {
  const chunks: string[] = [];
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) chunks.push(decoder.decode(chunk, { stream: true }));
  return { chunks, text: chunks.join('') };
}

const exportText = async (ctx: OrgContext, query: Record<string, string> = {}) => (await readAll(await exportProducts(ctx, ExportFilters.parse(query)))).text;
const slugsIn = (text: string) => [...text.matchAll(/\r\n([a-z0-9-]+),/g)].map((m) => m[1]);

beforeAll(async () => {
  const created = await createOrganization();
  big = created.org;
  bigCtx = await orgContextFor(created.owner, big);
  warehouse = await createWarehouse(big, { code: 'MAIN', name: 'Main' });
  await seedCatalog(big, warehouse);
  // Fresh bulk-loaded tables have no planner statistics until autovacuum gets to them; give them
  // some, as a live database has, so the plan is the one production gets.
  const admin = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  await admin`analyze products, product_variants, stock_levels`;
  await admin.end();
}, 120_000);

describe('exportProducts', () => {
  it('streams 3,000 products in many chunks, and the file imports back unchanged', { timeout: 120_000 }, async () => {
    const { chunks, text } = await readAll(await exportProducts(bigCtx, {}));
    expect(chunks.length).toBeGreaterThanOrEqual(COUNT / 500);
    expect(text.startsWith(`\uFEFF${csvHeader([warehouse]).join(',')}\r\n`)).toBe(true);
    expect(text).toContain('product-00007,Product 7,,,,,active,10.07,');
    expect(text).toContain('"Line one\nline two, with ""quotes"""');

    const moves = (await movementsOf(big)).length;
    const result = await runImport(bigCtx, text, 'all_or_nothing', true);
    expect(result).toMatchObject({ errors: [], totalRows: COUNT, created: 0, updated: 0, unchanged: COUNT, stockChanges: 0 });
    expect(await movementsOf(big)).toHaveLength(moves);
  });

  it('keeps memory bounded: it fetches the next batch only once the reader has taken the last ones', async () => {
    let fetched = 0;
    const stream = await exportProducts(bigCtx, {}, { batchSize: 100, onBatch: (n) => (fetched = n) });
    const reader = stream.getReader();
    await reader.read();
    await reader.read();
    await new Promise((r) => setTimeout(r, 200));
    // Header + two batches read, at most two more queued and one in flight: nowhere near 3,000 rows.
    expect(fetched).toBeGreaterThan(0);
    expect(fetched).toBeLessThanOrEqual(500);
    await reader.cancel();
  });
});

describe('exportProducts: filters, quoting and tenants', () => {
  let org: Organization;
  let ctx: OrgContext;
  let clothingId: string;

  beforeAll(async () => {
    const created = await createOrganization();
    org = created.org;
    ctx = await orgContextFor(created.owner, org);
    const parent = await createCategory(org, { slug: 'clothing' });
    clothingId = parent.id;
    const child = await createCategory(org, { slug: 'shirts', parentId: parent.id });
    await createProduct(org, { slug: 'shirt', name: 'Shirt', categoryId: child.id, tags: ['summer'], stockAvailable: 0 });
    await createProduct(org, { slug: 'formula', name: '=cmd|"/c calc"!A1', status: 'draft' });
    await createProduct(org, { slug: 'mug', name: 'Mug, large', sku: 'MUG-L' });
    await createProduct(big, { slug: 'not-ours', name: 'Another org' });
  });

  it('applies the products list filters (a category includes its subcategories)', async () => {
    expect(slugsIn(await exportText(ctx))).toEqual(expect.arrayContaining(['shirt', 'formula', 'mug']));
    expect(slugsIn(await exportText(ctx, { category: clothingId }))).toEqual(['shirt']);
    expect(slugsIn(await exportText(ctx, { category: 'clothing' }))).toEqual(['shirt']);
    expect(slugsIn(await exportText(ctx, { status: 'draft' }))).toEqual(['formula']);
    expect(slugsIn(await exportText(ctx, { tag: 'summer' }))).toEqual(['shirt']);
    expect(slugsIn(await exportText(ctx, { q: 'mug-l' }))).toEqual(['mug']);
    expect(slugsIn(await exportText(ctx, { stock: 'out' })).length).toBe(3);
    expect(slugsIn(await exportText(ctx, { stock: 'out_of_stock' })).length).toBe(3);
    expect(slugsIn(await exportText(ctx, { stock: 'in_stock', status: 'nonsense' }))).toEqual([]);
  });

  it('quotes commas and quotes, and neutralises formulas', async () => {
    const text = await exportText(ctx);
    expect(text).toContain('\r\nmug,"Mug, large",MUG-L,');
    expect(text).toContain(`\r\nformula,"'=cmd|""/c calc""!A1",`);
  });

  it("never contains another organization's rows", async () => {
    expect(await exportText(ctx)).not.toContain('not-ours');
    expect(slugsIn(await exportText(ctx))).toHaveLength(3);
  });

  it('is open to roles with catalog.view only', async () => {
    const staff = await orgContextFor(await addMember(org, 'staff'), org);
    expect(slugsIn(await exportText(staff))).toHaveLength(3);
    const seller = await orgContextFor(await addMember(org, 'seller'), org);
    await expect(exportProducts(seller, {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
