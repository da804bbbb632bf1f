'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { Pencil } from 'lucide-react';
import { FormError } from '@/components/forms/form-error';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { FormField, FormFieldset } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { updateVariantAction } from '@/lib/catalog/variants/actions';
import { formatMoney, parseDecimalAmount } from '@/lib/money/money';
import type { ProductPricing, VariantView } from './types';
import { variantFormSchema, variantFormValues } from './variant-form-schema';

type Props = { slug: string; product: ProductPricing; variant: VariantView };

/** SKU, barcode and price of one variant. */
export function EditVariantDialog({ slug, product, variant }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button type="button" variant="ghost" size="icon" aria-label={`Edit ${variant.name}`}>
          <Pencil aria-hidden="true" />
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Edit {variant.name}</DialogTitle>
          <DialogDescription>Product price: {formatMoney(product.price, product.currency, product.locale)}</DialogDescription>
        </DialogHeader>
        {open && <EditVariantForm slug={slug} product={product} variant={variant} onDone={() => setOpen(false)} />}
      </DialogContent>
    </Dialog>
  );
}

function EditVariantForm({ slug, product, variant, onDone }: Props & { onDone: () => void }) {
  const router = useRouter();
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: variantFormSchema(product.currency),
    defaultValues: variantFormValues(variant, product.currency),
    action: (values) => updateVariantAction(slug, values),
    successMessage: `${variant.name} saved`,
    onSuccess: () => {
      onDone();
      router.refresh();
    },
  });
  const errors = form.formState.errors;
  const [mode, amount] = form.watch(['price.mode', 'price.amount']);
  const minor = parseDecimalAmount(amount ?? '', product.currency);
  const shopperPays = minor === null ? null : mode === 'fixed' ? minor : product.price + minor;
  const id = (name: string) => `variant-${variant.id}-${name}`;

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <FormField id={id('sku')} label="SKU" error={errors.sku?.message} description="Unique in your store. Leave empty for none.">
        <Input autoComplete="off" {...form.register('sku')} />
      </FormField>
      <FormField id={id('barcode')} label="Barcode" error={errors.barcode?.message}>
        <Input autoComplete="off" inputMode="numeric" {...form.register('barcode')} />
      </FormField>
      <FormFieldset id={id('mode')} legend="Price">
        {(control) => (
          <div className="flex flex-col gap-1">
            <label className="flex min-h-10 items-center gap-2 text-sm">
              <input type="radio" value="adjustment" {...control} {...form.register('price.mode')} className="accent-primary" />
              The product’s price, plus or minus an amount
            </label>
            <label className="flex min-h-10 items-center gap-2 text-sm">
              <input type="radio" value="fixed" {...control} {...form.register('price.mode')} className="accent-primary" />
              Its own price
            </label>
          </div>
        )}
      </FormFieldset>
      <FormField
        id={id('amount')}
        label={mode === 'fixed' ? `Price (${product.currency})` : `Adjustment (${product.currency})`}
        error={errors.price?.amount?.message}
        description={shopperPays !== null && shopperPays >= 0 ? `Shoppers pay ${formatMoney(shopperPays, product.currency, product.locale)}.` : mode === 'fixed' ? undefined : 'Use a minus sign to lower the price, e.g. -2.00.'}
      >
        <Input inputMode="decimal" autoComplete="off" {...form.register('price.amount')} />
      </FormField>
      <FormError message={formError} />
      <DialogFooter>
        <Button type="button" variant="outline" onClick={onDone} disabled={pending}>
          Cancel
        </Button>
        <Button type="submit" loading={pending}>
          Save variant
        </Button>
      </DialogFooter>
    </form>
  );
}
