'use client';

import { useRouter } from 'next/navigation';
import { FormError } from '@/components/forms/form-error';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { DialogFooter } from '@/components/ui/dialog';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { setStockLevelsAction } from '@/lib/inventory/stock/actions';
import { SetStockLevelsInput } from '@/lib/inventory/stock/schemas';
import { StockDialog, type StockDialogProps, type StockFormProps } from './stock-dialog';
import { NO_STOCK } from './types';
import { WarehouseSelect } from './warehouse-select';


/** The reorder level (at or under it the row shows as low stock) and the most the warehouse should hold. */
export function StockLevelsDialog({ open, onOpenChange, returnFocusTo, ...props }: StockDialogProps) {
  return (
    <StockDialog title="Stock levels" target={props.target} open={open} onOpenChange={onOpenChange} returnFocusTo={returnFocusTo}>
      <StockLevelsForm {...props} onDone={() => onOpenChange(false)} />
    </StockDialog>
  );
}

function StockLevelsForm({ slug, target, warehouses, warehouseId, onDone }: StockFormProps & { onDone: () => void }) {
  const router = useRouter();
  const initial = warehouseId ?? warehouses[0]?.id ?? '';
  const figures = (id: string) => target.stock[id] ?? NO_STOCK;
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: SetStockLevelsInput,
    defaultValues: {
      variantId: target.variantId,
      warehouseId: initial,
      reorderLevel: String(figures(initial).reorderLevel),
      maxLevel: figures(initial).maxLevel === null ? '' : String(figures(initial).maxLevel),
    },
    action: (values) => setStockLevelsAction(slug, values),
    successMessage: 'Stock levels saved',
    onSuccess: () => {
      onDone();
      router.refresh();
    },
  });
  const errors = form.formState.errors;
  const id = (name: string) => `levels-${target.variantId}-${name}`;
  const warehouseField = form.register('warehouseId', {
    // Show the chosen warehouse's own levels.
    onChange: (e: React.ChangeEvent<HTMLSelectElement>) => {
      const f = figures(e.target.value);
      form.setValue('reorderLevel', String(f.reorderLevel));
      form.setValue('maxLevel', f.maxLevel === null ? '' : String(f.maxLevel));
    },
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <WarehouseSelect id={id('warehouse')} label="Warehouse" warehouses={warehouses} error={errors.warehouseId?.message} {...warehouseField} />
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField id={id('reorder')} label="Reorder level" required error={errors.reorderLevel?.message} description="Listed as low stock at or under this. 0 for none.">
          <Input inputMode="numeric" autoComplete="off" {...form.register('reorderLevel')} />
        </FormField>
        <FormField id={id('max')} label="Maximum level" error={errors.maxLevel?.message} description="The most to keep here. Empty for no limit.">
          <Input inputMode="numeric" autoComplete="off" {...form.register('maxLevel')} />
        </FormField>
      </div>
      <FormError message={formError} />
      <DialogFooter>
        <Button type="button" variant="outline" onClick={onDone} disabled={pending}>
          Cancel
        </Button>
        <Button type="submit" loading={pending}>
          Save levels
        </Button>
      </DialogFooter>
    </form>
  );
}
