'use client';

import { useRef, useState } from 'react';
import { ArrowLeftRight, Gauge, MoreHorizontal, SlidersHorizontal } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from '@/components/ui/dropdown-menu';
import { AdjustStockDialog } from './adjust-stock-dialog';
import { StockLevelsDialog } from './stock-levels-dialog';
import { TransferStockDialog } from './transfer-stock-dialog';
import type { StockTarget, WarehouseOption } from './types';

type Props = {
  slug: string;
  target: StockTarget;
  warehouses: WarehouseOption[];
  /** The warehouse the row is about; the dialogs start on it. */
  warehouseId?: string;
  /** Names the menu button for screen readers, e.g. "Tee · M in Main". */
  label: string;
};

/**
 * Adjust, Transfer and Levels for one variant (in one warehouse, on a stock row). Each dialog,
 * with its form, is mounted only while open, so a long table stays light.
 */
export function StockActionsMenu({ slug, target, warehouses, warehouseId, label }: Props) {
  const [open, setOpen] = useState<'adjust' | 'transfer' | 'levels' | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const common = { slug, target, warehouses, warehouseId, returnFocusTo: button, onOpenChange: (next: boolean) => !next && setOpen(null) };
  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button ref={button} type="button" variant="ghost" size="icon" aria-label={`Stock actions for ${label}`}>
            <MoreHorizontal aria-hidden="true" />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end">
          <DropdownMenuItem onSelect={() => setOpen('adjust')}>
            <SlidersHorizontal aria-hidden="true" />
            Adjust stock…
          </DropdownMenuItem>
          <DropdownMenuItem onSelect={() => setOpen('transfer')}>
            <ArrowLeftRight aria-hidden="true" />
            Transfer…
          </DropdownMenuItem>
          <DropdownMenuItem onSelect={() => setOpen('levels')}>
            <Gauge aria-hidden="true" />
            Reorder and max levels…
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      {open === 'adjust' && <AdjustStockDialog open {...common} />}
      {open === 'transfer' && <TransferStockDialog open {...common} />}
      {open === 'levels' && <StockLevelsDialog open {...common} />}
    </>
  );
}
