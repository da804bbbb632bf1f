'use client';

import { useRouter } from 'next/navigation';
import { FormError } from '@/components/forms/form-error';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { DialogFooter } from '@/components/ui/dialog';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { toast } from '@/components/ui/use-toast';
import { transferStockAction } from '@/lib/inventory/stock/actions';
import { TransferStockInput } from '@/lib/inventory/stock/schemas';
import { ReasonFields } from './reason-fields';
import { StockFiguresLine } from './stock-figures-line';
import { StockDialog, type StockDialogProps, type StockFormProps } from './stock-dialog';
import { NO_STOCK } from './types';
import { WarehouseSelect } from './warehouse-select';


/** Moves units of one variant from one active warehouse to another, as one step. */
export function TransferStockDialog({ open, onOpenChange, returnFocusTo, ...props }: StockDialogProps) {
  return (
    <StockDialog title="Transfer stock" target={props.target} open={open} onOpenChange={onOpenChange} returnFocusTo={returnFocusTo}>
      <TransferStockForm {...props} onDone={() => onOpenChange(false)} />
    </StockDialog>
  );
}

function TransferStockForm({ slug, target, warehouses, warehouseId, onDone }: StockFormProps & { onDone: () => void }) {
  const router = useRouter();
  const active = warehouses.filter((w) => w.isActive);
  const from = warehouseId ?? [...active].sort((a, b) => (target.stock[b.id]?.available ?? 0) - (target.stock[a.id]?.available ?? 0))[0]?.id ?? '';
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: TransferStockInput,
    defaultValues: {
      variantId: target.variantId,
      fromWarehouseId: from,
      toWarehouseId: active.find((w) => w.id !== from)?.id ?? '',
      quantity: '',
      note: '',
      reference: '',
    },
    action: (values) => transferStockAction(slug, values),
    onSuccess: () => {
      const [source, destination] = [warehouses.find((w) => w.id === form.getValues('fromWarehouseId')), warehouses.find((w) => w.id === form.getValues('toWarehouseId'))];
      toast({ title: `Moved from ${source?.name ?? 'one warehouse'} to ${destination?.name ?? 'another'}`, variant: 'success' });
      onDone();
      router.refresh();
    },
  });
  const errors = form.formState.errors;
  const source = form.watch('fromWarehouseId');
  const id = (name: string) => `transfer-${target.variantId}-${name}`;

  if (active.length < 2) {
    return (
      <div className="flex flex-col gap-4">
        <p className="text-sm">Transfers need at least two active warehouses. Add or reactivate one under Inventory › Warehouses.</p>
        <DialogFooter>
          <Button type="button" variant="outline" onClick={onDone}>
            Close
          </Button>
        </DialogFooter>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <div className="grid gap-5 sm:grid-cols-2">
        <WarehouseSelect id={id('from')} label="From" warehouses={active} error={errors.fromWarehouseId?.message} {...form.register('fromWarehouseId')} />
        <WarehouseSelect id={id('to')} label="To" warehouses={active} error={errors.toWarehouseId?.message} {...form.register('toWarehouseId')} />
      </div>
      <StockFiguresLine figures={target.stock[source] ?? NO_STOCK} allowBackorder={target.allowBackorder} />
      <FormField id={id('quantity')} label="Units to move" required error={errors.quantity?.message}>
        <Input inputMode="numeric" autoComplete="off" {...form.register('quantity')} />
      </FormField>
      <ReasonFields
        idPrefix={id('')}
        note={form.register('note')}
        reference={form.register('reference')}
        errors={{ note: errors.note?.message, reference: errors.reference?.message }}
      />
      <FormError message={formError} />
      <DialogFooter>
        <Button type="button" variant="outline" onClick={onDone} disabled={pending}>
          Cancel
        </Button>
        <Button type="submit" loading={pending}>
          Transfer
        </Button>
      </DialogFooter>
    </form>
  );
}
