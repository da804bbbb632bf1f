import Link from 'next/link';
import { CircleAlert, CircleCheck, TriangleAlert } from 'lucide-react';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import type { ImportResult } from '@/lib/catalog/csv/format';
import { ErrorTable } from './error-table';

const n = (value: number) => value.toLocaleString('en');
const plural = (value: number, one: string, many = `${one}s`) => `${n(value)} ${value === 1 ? one : many}`;

/** The headline: what happened (or would happen), in the words of the mode the user chose. */
function summary(r: ImportResult): { variant: 'success' | 'warning' | 'destructive'; title: string; text: string } {
  const errors = plural(r.errors.length, 'error');
  const skipped = r.skippedProducts > 0 ? ` ${plural(r.skippedProducts, 'product')} (${plural(r.skippedRows, 'row')}) ${r.dryRun ? 'would be' : 'were'} skipped because some of their rows have errors.` : '';
  if (r.totalRows === 0 && r.errors.length === 0) return { variant: 'warning', title: 'The file has no product rows', text: 'Add one row per variant under the header.' };
  if (r.dryRun && r.errors.length === 0) return { variant: 'success', title: 'The file is ready to import', text: 'No errors found. Nothing has been changed yet.' };
  if (r.dryRun && r.mode === 'all_or_nothing') return { variant: 'destructive', title: `${errors} found`, text: 'Importing now would change nothing: fix the rows below and check again, or choose to import all valid rows.' };
  if (r.dryRun) return { variant: 'warning', title: `${errors} found`, text: `Nothing has been changed yet.${skipped}` };
  if (!r.imported) return { variant: 'destructive', title: 'Nothing was imported', text: r.errors.length ? `The file has ${errors}; fix them and import again.` : 'No product in the file could be imported.' };
  if (r.errors.length > 0) return { variant: 'warning', title: 'Imported, with rows skipped', text: `The valid rows are saved.${skipped}` };
  return { variant: 'success', title: 'Import complete', text: 'Your catalog and stock are updated.' };
}

export function ImportResultView({ result, orgSlug, fileName }: { result: ImportResult; orgSlug: string; fileName: string }) {
  const s = summary(result);
  const Icon = s.variant === 'success' ? CircleCheck : s.variant === 'warning' ? TriangleAlert : CircleAlert;
  const would = result.imported ? '' : ' (would be)';
  const counts = [
    ['Rows read', result.totalRows],
    [`Products created${would}`, result.created],
    [`Products updated${would}`, result.updated],
    ['Products unchanged', result.unchanged],
    [`Variants created or changed${would}`, result.variants],
    [`Variants removed${would}`, result.variantsRemoved],
    [`Stock changes${would}`, result.stockChanges],
  ] as const;
  const showCounts = result.imported || (result.dryRun && (result.errors.length === 0 || result.mode === 'valid_rows'));

  return (
    <div className="flex flex-col gap-5">
      <Alert variant={s.variant} role={s.variant === 'success' ? 'status' : 'alert'}>
        <Icon aria-hidden="true" />
        <AlertTitle>{s.title}</AlertTitle>
        <AlertDescription>
          <p>{s.text}</p>
          {result.imported && (
            <p className="mt-1">
              <Link href={`/dashboard/${orgSlug}/products`} className="font-medium underline underline-offset-4">
                Go to the products
              </Link>
            </p>
          )}
        </AlertDescription>
      </Alert>
      {showCounts && (
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {counts.map(([label, value]) => (
            <div key={label} className="rounded-lg border p-3">
              <dt className="text-xs text-muted-foreground">{label}</dt>
              <dd className="text-lg font-semibold tabular-nums">{n(value)}</dd>
            </div>
          ))}
        </dl>
      )}
      {result.errors.length > 0 && <ErrorTable errors={result.errors} fileName={`${fileName.replace(/\.csv$/i, '')}-errors.csv`} />}
    </div>
  );
}
