'use client';

import { useState } from 'react';
import { Checkbox } from '@/components/ui/checkbox';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { ActiveSwitch } from './active-switch';
import { EditVariantDialog } from './edit-variant-dialog';
import { VariantNameCell, VariantPriceCell, VariantStockCell } from './variant-cells';
import { VariantImagePicker } from './variant-image-picker';
import { VariantsBulkBar } from './variants-bulk-bar';
import type { ImageChoice, ProductPricing, VariantView } from './types';

type Props = { slug: string; product: ProductPricing; variants: VariantView[]; images: ImageChoice[]; canManage: boolean };

/** The variant matrix: price, image and active flag editable in place, stock shown read-only. */
export function VariantsTable({ slug, product, variants, images, canManage }: Props) {
  const [selected, setSelected] = useState<string[]>([]);
  const live = selected.filter((id) => variants.some((v) => v.id === id)); // a refresh may have removed some
  const all = live.length === variants.length && variants.length > 0;
  const showStock = variants.some((v) => v.stock !== null);
  const toggle = (id: string, on: boolean) => setSelected((s) => (on ? [...s, id] : s.filter((x) => x !== id)));
  const imageOf = (id: string | null) => images.find((i) => i.id === id);

  return (
    <div className="flex flex-col gap-3">
      {canManage && live.length > 0 && <VariantsBulkBar slug={slug} productId={product.id} currency={product.currency} selected={live} onClear={() => setSelected([])} />}
      <Table>
        <TableHeader>
          <TableRow>
            {canManage && (
              <TableHead className="w-10">
                <Checkbox
                  aria-label="Select all variants"
                  checked={all}
                  ref={(el) => {
                    if (el) el.indeterminate = live.length > 0 && !all;
                  }}
                  onChange={(e) => setSelected(e.target.checked ? variants.map((v) => v.id) : [])}
                />
              </TableHead>
            )}
            <TableHead>Variant</TableHead>
            <TableHead>SKU</TableHead>
            <TableHead>Price</TableHead>
            <TableHead>Image</TableHead>
            <TableHead>Sold</TableHead>
            {showStock && <TableHead>Stock by warehouse</TableHead>}
            {showStock && <TableHead className="text-right">Available</TableHead>}
            {canManage && (
              <TableHead>
                <span className="sr-only">Actions</span>
              </TableHead>
            )}
          </TableRow>
        </TableHeader>
        <TableBody>
          {variants.map((variant) => (
            <TableRow key={variant.id} data-state={live.includes(variant.id) ? 'selected' : undefined}>
              {canManage && (
                <TableCell>
                  <Checkbox aria-label={`Select ${variant.name}`} checked={live.includes(variant.id)} onChange={(e) => toggle(variant.id, e.target.checked)} />
                </TableCell>
              )}
              <TableCell>
                <VariantNameCell variant={variant} />
              </TableCell>
              <TableCell className="font-mono text-xs">{variant.sku ?? <span className="font-sans text-muted-foreground">—</span>}</TableCell>
              <TableCell>
                <VariantPriceCell variant={variant} currency={product.currency} locale={product.locale} />
              </TableCell>
              <TableCell>
                {canManage && images.length > 0 ? (
                  <VariantImagePicker slug={slug} variantId={variant.id} variantName={variant.name} imageId={variant.imageId} images={images} />
                ) : variant.imageId && imageOf(variant.imageId) ? (
                  // eslint-disable-next-line @next/next/no-img-element -- thumbnail from our own file route
                  <img src={imageOf(variant.imageId)?.thumbnailUrl} alt={imageOf(variant.imageId)?.altText ?? ''} className="size-10 rounded-md border object-cover" />
                ) : (
                  <span className="text-muted-foreground">—</span>
                )}
              </TableCell>
              <TableCell>
                {canManage ? (
                  <ActiveSwitch slug={slug} variantId={variant.id} variantName={variant.name} isActive={variant.isActive} />
                ) : (
                  <span className="text-sm">{variant.isActive ? 'Yes' : 'No'}</span>
                )}
              </TableCell>
              {showStock && <TableCell>{variant.stock && <VariantStockCell stock={variant.stock} />}</TableCell>}
              {showStock && <TableCell className="text-right font-medium tabular-nums">{variant.totalAvailable}</TableCell>}
              {canManage && (
                <TableCell className="text-right">
                  <EditVariantDialog slug={slug} product={product} variant={variant} />
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
        {showStock && (
          <tfoot className="border-t font-medium">
            <TableRow className="hover:bg-transparent">
              <TableCell colSpan={canManage ? 7 : 6}>All variants</TableCell>
              <TableCell className="text-right tabular-nums">{variants.reduce((sum, v) => sum + (v.totalAvailable ?? 0), 0)}</TableCell>
              {canManage && <TableCell />}
            </TableRow>
          </tfoot>
        )}
      </Table>
    </div>
  );
}
