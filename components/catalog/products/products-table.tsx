'use client';

import { useState } from 'react';
import Link from 'next/link';
import { ImageOff } from 'lucide-react';
import { Checkbox } from '@/components/ui/checkbox';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { BulkActionBar } from './bulk-action-bar';
import type { ProductRowView } from './product-row';
import { ProductStatusBadge, StockBadge } from './product-status-badge';
import type { CategoryChoice } from './types';

type Props = { orgSlug: string; rows: ProductRowView[]; categories: CategoryChoice[]; canManage: boolean; showStock: boolean };

function Thumbnail({ url }: { url: string | null }) {
  return (
    <span className="flex size-10 shrink-0 items-center justify-center overflow-hidden rounded-md border bg-muted">
      {url ? (
        // eslint-disable-next-line @next/next/no-img-element -- thumbnails are already small WebP files
        <img src={url} alt="" width={40} height={40} loading="lazy" className="size-full object-cover" />
      ) : (
        <ImageOff aria-hidden="true" className="size-4 text-muted-foreground" />
      )}
    </span>
  );
}

function Price({ row }: { row: ProductRowView }) {
  return (
    <span className="flex flex-col">
      <span className="tabular-nums">{row.price}</span>
      {row.regularPrice && (
        <s className="text-xs text-muted-foreground tabular-nums">
          <span className="sr-only">Regular price </span>
          {row.regularPrice}
        </s>
      )}
    </span>
  );
}

/** The products of one page, with checkboxes for bulk actions (this page's rows only). */
export function ProductsTable({ orgSlug, rows, categories, canManage, showStock }: Props) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  // Rows that left the page (a filter, a refresh after deleting) are no longer selected.
  const selectedIds = rows.filter((r) => selected.has(r.id)).map((r) => r.id);
  const all = rows.length > 0 && selectedIds.length === rows.length;
  const toggle = (id: string, on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <div className="flex flex-col gap-3">
      {canManage && selectedIds.length > 0 && (
        <BulkActionBar orgSlug={orgSlug} ids={selectedIds} categories={categories} onDone={() => setSelected(new Set())} />
      )}
      <div className="rounded-lg border">
        <Table>
          <TableHeader>
            <TableRow className="hover:bg-transparent">
              {canManage && (
                <TableHead className="w-10">
                  <Checkbox
                    aria-label={all ? 'Deselect all products on this page' : 'Select all products on this page'}
                    checked={all}
                    ref={(el) => {
                      if (el) el.indeterminate = selectedIds.length > 0 && !all;
                    }}
                    onChange={(e) => setSelected(e.target.checked ? new Set(rows.map((r) => r.id)) : new Set())}
                  />
                </TableHead>
              )}
              <TableHead>Product</TableHead>
              <TableHead className="hidden sm:table-cell">Status</TableHead>
              <TableHead className="hidden text-right sm:table-cell">Price</TableHead>
              {showStock && <TableHead className="hidden text-right sm:table-cell">Stock</TableHead>}
              <TableHead className="hidden lg:table-cell">Category</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.id} data-state={selected.has(row.id) ? 'selected' : undefined}>
                {canManage && (
                  <TableCell className="w-10">
                    <Checkbox aria-label={`Select ${row.name}`} checked={selected.has(row.id)} onChange={(e) => toggle(row.id, e.target.checked)} />
                  </TableCell>
                )}
                <TableCell className="min-w-48">
                  <div className="flex items-center gap-3">
                    <Thumbnail url={row.thumbnailUrl} />
                    <div className="flex min-w-0 flex-col gap-0.5">
                      <Link href={row.href} className="truncate font-medium underline-offset-4 hover:underline">
                        {row.name}
                      </Link>
                      {row.sku && <span className="truncate text-xs text-muted-foreground">SKU {row.sku}</span>}
                      {/* Phones: what the hidden columns would say. */}
                      <span className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs sm:hidden">
                        <span className="tabular-nums">{row.price}</span>
                        <ProductStatusBadge status={row.status} />
                        {row.stock && <StockBadge state={row.stock.state} />}
                      </span>
                    </div>
                  </div>
                </TableCell>
                <TableCell className="hidden sm:table-cell">
                  <ProductStatusBadge status={row.status} />
                </TableCell>
                <TableCell className="hidden text-right sm:table-cell">
                  <Price row={row} />
                </TableCell>
                {showStock && (
                  <TableCell className="hidden text-right sm:table-cell">
                    {row.stock && (
                      <span className="flex flex-col items-end gap-1">
                        <span className="tabular-nums">{row.stock.available}</span>
                        <StockBadge state={row.stock.state} />
                      </span>
                    )}
                  </TableCell>
                )}
                <TableCell className="hidden text-muted-foreground lg:table-cell">{row.categoryName ?? '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}
