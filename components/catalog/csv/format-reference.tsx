import { Download } from 'lucide-react';
import { buttonVariants } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { COLUMN_DOCS } from '@/lib/catalog/csv/format';

type FormatReferenceProps = {
  currency: string;
  stockColumns: { column: string; warehouse: string }[];
  template: string;
  exportHref: string;
};

/** The file format, documented where people need it, with the template and the export to start from. */
export function FormatReference({ currency, stockColumns, template, exportHref }: FormatReferenceProps) {
  const templateHref = `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${template}`)}`;
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2" className="text-base">
          File format
        </CardTitle>
        <CardDescription>
          A CSV file (UTF-8, comma separated) with a header row. One row per variant: rows with the same product_slug are one
          product. An export has exactly this format, so you can export, edit in a spreadsheet and import it back.
        </CardDescription>
        <div className="mt-2 flex flex-wrap gap-2">
          <a href={templateHref} download="product-import-template.csv" className={buttonVariants({ variant: 'outline', size: 'sm' })}>
            <Download aria-hidden="true" />
            Download the template
          </a>
          <a href={exportHref} download className={buttonVariants({ variant: 'ghost', size: 'sm' })}>
            <Download aria-hidden="true" />
            Export your current products
          </a>
        </div>
      </CardHeader>
      <CardContent className="flex flex-col gap-4 text-sm">
        <ul className="list-disc space-y-1 pl-5 text-muted-foreground">
          <li>Only product_slug is required in the header; leave out a column and that field stays as it is. An empty cell clears an optional field.</li>
          <li>Product columns only need filling on a product’s first row; later rows may repeat them or leave them empty.</li>
          <li>A product’s rows list all of its variants: a variant no longer in the file is removed (its stock counted out).</li>
          <li>Prices are in {currency}. Stock columns set the counted quantity; each difference is recorded as a stock adjustment.</li>
        </ul>
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead className="w-64">Column</TableHead>
              <TableHead>Meaning</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {COLUMN_DOCS.map((d) => (
              <TableRow key={d.column}>
                <TableCell className="align-top font-mono text-xs">{d.column}</TableCell>
                <TableCell className="whitespace-normal">{d.meaning}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <p className="text-muted-foreground">
          {stockColumns.length > 0 ? (
            <>
              Your stock columns:{' '}
              {stockColumns.map((s, i) => (
                <span key={s.column}>
                  {i > 0 && ', '}
                  <code className="rounded bg-muted px-1 py-0.5 text-xs">{s.column}</code> ({s.warehouse})
                </span>
              ))}
              .
            </>
          ) : (
            'You have no warehouses yet, so the file cannot set stock. Add a warehouse first to import quantities.'
          )}
        </p>
      </CardContent>
    </Card>
  );
}
