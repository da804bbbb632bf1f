'use client';

import { useRouter } from 'next/navigation';
import { FormError } from '@/components/forms/form-error';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { DialogFooter } from '@/components/ui/dialog';
import { FormField, FormFieldset } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { toast } from '@/components/ui/use-toast';
import { signed } from '@/lib/inventory/labels';
import { adjustStockAction } from '@/lib/inventory/stock/actions';
import { AdjustStockInput, type AdjustMode } from '@/lib/inventory/stock/schemas';
import { ReasonFields } from './reason-fields';
import { StockFiguresLine } from './stock-figures-line';
import { StockDialog, type StockDialogProps, type StockFormProps } from './stock-dialog';
import { NO_STOCK } from './types';
import { WarehouseSelect } from './warehouse-select';


const MODES: { value: AdjustMode; label: string; quantityLabel: string }[] = [
  { value: 'add', label: 'Add units (received, returned)', quantityLabel: 'Units to add' },
  { value: 'remove', label: 'Remove units (damaged, lost)', quantityLabel: 'Units to remove' },
  { value: 'set', label: 'Set the counted quantity (stocktake)', quantityLabel: 'Counted quantity' },
];

/** Add, remove or count one variant's stock in a warehouse; each becomes a movement in the history. */
export function AdjustStockDialog({ open, onOpenChange, returnFocusTo, ...props }: StockDialogProps) {
  return (
    <StockDialog title="Adjust stock" target={props.target} open={open} onOpenChange={onOpenChange} returnFocusTo={returnFocusTo}>
      <AdjustStockForm {...props} onDone={() => onOpenChange(false)} />
    </StockDialog>
  );
}

function AdjustStockForm({ slug, target, warehouses, warehouseId, onDone }: StockFormProps & { onDone: () => void }) {
  const router = useRouter();
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: AdjustStockInput,
    defaultValues: {
      variantId: target.variantId,
      warehouseId: warehouseId ?? warehouses.find((w) => w.isActive)?.id ?? '',
      mode: 'add',
      quantity: '',
      reason: '',
      note: '',
      reference: '',
    },
    action: (values) => adjustStockAction(slug, values),
    onSuccess: (data) => {
      toast(
        data.changed
          ? { title: `Stock updated: ${data.quantity.toLocaleString('en')} on hand`, variant: 'success' }
          : { title: 'The count matches what is recorded; nothing changed.' },
      );
      onDone();
      router.refresh();
    },
  });
  const errors = form.formState.errors;
  const [mode, chosen, quantity] = form.watch(['mode', 'warehouseId', 'quantity']);
  const figures = target.stock[chosen] ?? NO_STOCK;
  const typed = /^\d+$/.test(String(quantity ?? '').trim()) ? Number(quantity) : null;
  const current = MODES.find((m) => m.value === mode) ?? MODES[0]!;
  const id = (name: string) => `adjust-${target.variantId}-${name}`;

  let preview: string | undefined;
  if (typed !== null && mode === 'set') preview = `A change of ${signed(typed - figures.quantity)} against the ${figures.quantity} on record.`;
  if (typed !== null && mode === 'remove') preview = `Leaves ${figures.available - typed} available.`;
  if (typed !== null && mode === 'add') preview = `Makes ${figures.quantity + typed} on hand.`;

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <WarehouseSelect id={id('warehouse')} label="Warehouse" warehouses={warehouses} error={errors.warehouseId?.message} {...form.register('warehouseId')} />
      <StockFiguresLine figures={figures} allowBackorder={target.allowBackorder} />
      <FormFieldset id={id('mode')} legend="What happened?" error={errors.mode?.message}>
        {(control) => (
          <div className="flex flex-col gap-1">
            {MODES.map((m) => (
              <label key={m.value} className="flex min-h-10 items-center gap-2 text-sm">
                <input type="radio" value={m.value} {...control} {...form.register('mode')} className="size-4 accent-primary" />
                {m.label}
              </label>
            ))}
          </div>
        )}
      </FormFieldset>
      <FormField id={id('quantity')} label={current.quantityLabel} required error={errors.quantity?.message} description={preview}>
        <Input inputMode="numeric" autoComplete="off" {...form.register('quantity')} />
      </FormField>
      <ReasonFields
        idPrefix={id('')}
        reason={form.register('reason')}
        note={form.register('note')}
        reference={form.register('reference')}
        errors={{ reason: errors.reason?.message, note: errors.note?.message, reference: errors.reference?.message }}
        reasonRequired={mode !== 'add'}
      />
      <FormError message={formError} />
      <DialogFooter>
        <Button type="button" variant="outline" onClick={onDone} disabled={pending}>
          Cancel
        </Button>
        <Button type="submit" loading={pending}>
          Save adjustment
        </Button>
      </DialogFooter>
    </form>
  );
}
