import type { Sql } from 'postgres';
import { CURRENCIES, DEPARTMENTS, SUBCATEGORIES } from './words';

export type BenchOrg = {
  index: number;
  id: string;
  slug: string;
  currency: string;
  minorPerUsdCent: number;
  taxRateBps: number;
  categoryIds: string[];
  warehouseId: string;
};

const TAX_BPS: Record<string, number> = { USD: 0, EUR: 1900, UZS: 1200, INR: 1800, KZT: 1200 };
const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function benchOrg(index: number): BenchOrg {
  const [currency, , minorPerUsdCent] = CURRENCIES[(index - 1) % CURRENCIES.length]!;
  const key = pad(index, 4);
  const categoryIds = categoriesOf(index).map((c) => c.id);
  return {
    index,
    id: `org_bench${key}`,
    slug: `bench-${pad(index, 3)}`,
    currency,
    minorPerUsdCent,
    taxRateBps: TAX_BPS[currency] ?? 0,
    categoryIds,
    warehouseId: `wh_bench${key}`,
  };
}

type CategoryRow = { id: string; parentId: string | null; name: string; slug: string; sortOrder: number };

/** Five departments per store, three subcategories under each, different mixes per store. */
function categoriesOf(index: number): CategoryRow[] {
  const rows: CategoryRow[] = [];
  for (let d = 0; d < 5; d++) {
    const dept = DEPARTMENTS[(index + d) % DEPARTMENTS.length]!;
    const parentId = `cat_b${pad(index, 4)}${d}`;
    rows.push({ id: parentId, parentId: null, name: dept, slug: slugify(dept), sortOrder: d });
    for (let c = 0; c < 3; c++) {
      const sub = SUBCATEGORIES[(index + d + c) % SUBCATEGORIES.length]!;
      const name = `${dept} ${sub.toLowerCase()}`;
      rows.push({ id: `${parentId}${c}`, parentId, name, slug: slugify(name), sortOrder: c });
    }
  }
  return rows;
}

const slugify = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** Organizations bench-001…, each with its categories and one default warehouse (idempotent). */
export async function upsertOrganizations(sql: Sql, count: number): Promise<BenchOrg[]> {
  const orgs: BenchOrg[] = [];
  for (let index = 1; index <= count; index++) {
    const org = benchOrg(index);
    const locale = CURRENCIES[(index - 1) % CURRENCIES.length]![1];
    await sql`
      insert into organizations (id, name, slug, kind, status, default_currency, default_locale, description, category)
      values (${org.id}, ${`Bench Store ${pad(index, 3)}`}, ${org.slug}, 'store', 'active', ${org.currency}, ${locale},
              'A generated store for the storefront benchmark.', 'General store')
      on conflict (id) do nothing`;
    for (const c of categoriesOf(index)) {
      await sql`
        insert into categories (id, organization_id, parent_id, name, slug, sort_order)
        values (${c.id}, ${org.id}, ${c.parentId}, ${c.name}, ${c.slug}, ${c.sortOrder})
        on conflict (id) do nothing`;
    }
    await sql`
      insert into warehouses (id, organization_id, name, code, is_default)
      values (${org.warehouseId}, ${org.id}, 'Main warehouse', 'MAIN', true)
      on conflict (id) do nothing`;
    orgs.push(org);
  }
  return orgs;
}

/**
 * Products per organization: a mild long tail (weight 1/√rank), as on a real platform where a
 * few stores are large. Sums exactly to `total`.
 */
export function productCounts(total: number, orgs: number): number[] {
  const weights = Array.from({ length: orgs }, (_, i) => 1 / Math.sqrt(i + 1));
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.max(1, Math.floor((total * w) / sum)));
  counts[0]! += total - counts.reduce((a, b) => a + b, 0);
  return counts;
}
