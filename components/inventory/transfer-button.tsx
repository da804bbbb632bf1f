'use client';

import { useState } from 'react';
import { ArrowLeftRight } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { TransferStockDialog } from './transfer-stock-dialog';
import type { StockTarget, WarehouseOption } from './types';

type Props = { slug: string; target: StockTarget; warehouses: WarehouseOption[]; warehouseId: string; label: string };

/** "Transfer…" for one stock row: the dialog starts with that row's warehouse as the source. */
export function TransferButton({ label, ...props }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type="button" variant="outline" size="sm" onClick={() => setOpen(true)} aria-label={`Transfer ${label}`}>
        <ArrowLeftRight aria-hidden="true" />
        Transfer
      </Button>
      {open && <TransferStockDialog open onOpenChange={setOpen} {...props} />}
    </>
  );
}
