'use client';

import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from '@/components/ui/dialog';
import { returnFocus } from './return-focus';
import type { StockTarget, WarehouseOption } from './types';

/** What every stock form gets: the variant (with its stock per warehouse) and the warehouses. */
export type StockFormProps = { slug: string; target: StockTarget; warehouses: WarehouseOption[]; warehouseId?: string };
export type StockDialogProps = StockFormProps & {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Where focus goes on close when there is no trigger (the menu that opened it). */
  returnFocusTo?: React.RefObject<HTMLElement | null>;
};

/** The frame of the adjust, transfer and levels dialogs: a title, the variant's name, the form. */
export function StockDialog({
  title,
  target,
  open,
  onOpenChange,
  returnFocusTo,
  children,
}: Pick<StockDialogProps, 'target' | 'open' | 'onOpenChange' | 'returnFocusTo'> & { title: string; children: React.ReactNode }) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent onCloseAutoFocus={returnFocus(returnFocusTo)}>
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{target.label}</DialogDescription>
        </DialogHeader>
        {children}
      </DialogContent>
    </Dialog>
  );
}
