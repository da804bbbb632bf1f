import { and, eq, isNull } from 'drizzle-orm';
import { withOrg, withPlatform } from '@/db/scope';
import { auditLogs, inventoryMovements, products, productVariants, stockLevels, type Organization } from '@/db/schema';
import type { OrgContext } from '@/lib/server/context';
import { csvLine } from './csv-line';
import type { ImportMode, ImportProgress } from './format';
import { importProducts } from './import-products';

/** Test support for the CSV suites (not a test file itself). */
export const toCsv = (rows: (string | number)[][]) => rows.map((r) => csvLine(r)).join('');

export const csvFile = (content: string, name = 'products.csv') => new File([content], name, { type: 'text/csv' });

export async function runImport(ctx: OrgContext, content: string, mode: ImportMode = 'all_or_nothing', dryRun = false, name = 'products.csv') {
  const progress: ImportProgress[] = [];
  const result = await importProducts(ctx, { file: csvFile(content, name), fileName: name, mode, dryRun }, (p) => progress.push(p));
  return { ...result, progress };
}

export const productsOf = (org: Organization) =>
  withOrg(org.id, (tx) => tx.select().from(products).where(and(eq(products.organizationId, org.id), isNull(products.deletedAt))).orderBy(products.slug));

export const variantsOf = (org: Organization, productId: string) =>
  withOrg(org.id, (tx) =>
    tx.select().from(productVariants).where(and(eq(productVariants.productId, productId), isNull(productVariants.deletedAt))).orderBy(productVariants.sortOrder),
  );

export const stockOf = (org: Organization, variantId: string) =>
  withOrg(org.id, (tx) => tx.select().from(stockLevels).where(eq(stockLevels.variantId, variantId)));

export const movementsOf = (org: Organization) => withOrg(org.id, (tx) => tx.select().from(inventoryMovements).where(eq(inventoryMovements.organizationId, org.id)));

export const importAudits = (org: Organization) =>
  withPlatform((tx) => tx.select().from(auditLogs).where(and(eq(auditLogs.organizationId, org.id), eq(auditLogs.action, 'catalog.imported'))));
