import type { Metadata } from 'next';
import Link from 'next/link';
import { ArrowLeft } from 'lucide-react';
import { FormatReference } from '@/components/catalog/csv/format-reference';
import { CsvImportForm } from '@/components/catalog/csv/import-form';
import { Forbidden } from '@/components/dashboard/forbidden';
import { featureOffPage } from '@/components/plans/feature-not-on-plan';
import { Card, CardContent } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { getImportFormat } from '@/lib/catalog/csv/get-import-format';
import { orgPageContext } from '@/lib/server/page-context';

export const metadata: Metadata = { title: 'Import products' };

/** Product CSV import: check a file first, then import it all or its valid rows; the format below. */
export default async function ImportProductsPage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await orgPageContext((await params).org);
  const basePath = `/dashboard/${ctx.org.slug}/products`;
  if (!ctx.can('catalog.import')) {
    return <Forbidden description="Importing products is for owners and admins. Ask one of them to import your file." action={{ href: basePath, label: 'Back to products' }} />;
  }
  const featureOff = await featureOffPage(ctx, 'csv_import');
  if (featureOff) return featureOff;
  const format = await getImportFormat(ctx);
  return (
    <>
      <Link
        href={basePath}
        className="inline-flex w-fit items-center gap-1 text-sm text-muted-foreground underline-offset-4 hover:text-foreground hover:underline"
      >
        <ArrowLeft aria-hidden="true" className="size-4" />
        Products
      </Link>
      <PageHeader
        title="Import products"
        description="Create and update products, variants and stock from a CSV file. Check the file first: nothing changes until you import."
      />
      <Card>
        <CardContent className="pt-6">
          <CsvImportForm orgSlug={ctx.org.slug} />
        </CardContent>
      </Card>
      <FormatReference
        currency={ctx.org.defaultCurrency}
        stockColumns={format.stockColumns}
        template={format.template}
        exportHref={`/api/orgs/${ctx.org.slug}/products/export`}
      />
    </>
  );
}
