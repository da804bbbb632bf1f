'use client';

import { useState } from 'react';
import { ChevronLeft, ChevronRight, Download } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { csvLine } from '@/lib/catalog/csv/csv-line';
import type { RowError } from '@/lib/catalog/csv/format';

const PAGE_SIZE = 50;

function downloadReport(errors: RowError[], fileName: string) {
  const csv = `\uFEFF${csvLine(['row', 'column', 'message'])}${errors.map((e) => csvLine([e.row, e.column ?? '', e.message])).join('')}`;
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Every row error of an import, 50 to a page, with the whole list as a CSV download. */
export function ErrorTable({ errors, fileName }: { errors: RowError[]; fileName: string }) {
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(errors.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const shown = errors.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const from = current * PAGE_SIZE + 1;
  const to = current * PAGE_SIZE + shown.length;
  const count = `${errors.length.toLocaleString('en')} ${errors.length === 1 ? 'error' : 'errors'}`;

  return (
    <section aria-labelledby="import-errors-title" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id="import-errors-title" className="font-semibold">
          {count}
        </h3>
        <Button type="button" variant="outline" size="sm" onClick={() => downloadReport(errors, fileName)}>
          <Download aria-hidden="true" />
          Download error report (CSV)
        </Button>
      </div>
      <div className="max-h-[28rem] overflow-y-auto rounded-md border">
        <Table>
          <TableCaption className="sr-only">Rows with errors: row number in the file, column and what is wrong.</TableCaption>
          <TableHeader className="sticky top-0 bg-background">
            <TableRow>
              <TableHead className="w-20">Row</TableHead>
              <TableHead className="w-48">Column</TableHead>
              <TableHead>Problem</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {shown.map((e, i) => (
              <TableRow key={`${e.row}-${e.column}-${i}`}>
                <TableCell className="tabular-nums">{e.row}</TableCell>
                <TableCell className="font-mono text-xs break-all">{e.column ?? '—'}</TableCell>
                <TableCell>{e.message}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {pages > 1 && (
        <nav aria-label="Error pages" className="flex items-center justify-between gap-2 text-sm">
          <span className="text-muted-foreground" aria-live="polite">
            {from.toLocaleString('en')}–{to.toLocaleString('en')} of {count}
          </span>
          <span className="flex gap-2">
            <Button type="button" variant="outline" size="sm" disabled={current === 0} onClick={() => setPage(current - 1)}>
              <ChevronLeft aria-hidden="true" />
              Previous
            </Button>
            <Button type="button" variant="outline" size="sm" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
              Next
              <ChevronRight aria-hidden="true" />
            </Button>
          </span>
        </nav>
      )}
    </section>
  );
}
