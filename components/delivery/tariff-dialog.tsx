'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { FormError } from '@/components/forms/form-error';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { createTariffAction, updateTariffAction } from '@/lib/delivery/tariffs/actions';
import { tariffFormSchema, type TariffFormValues } from '@/lib/delivery/tariffs/schemas';
import type { ActionResult } from '@/lib/server/action';

type Props = {
  slug: string;
  currency: string;
  zoneId: string;
  /** Editing this tariff; adding one without it. */
  tariff?: { id: string; values: TariffFormValues };
  trigger: React.ReactNode;
};

const EMPTY: TariffFormValues = { name: '', baseCost: '', costPerKg: '', minOrderAmount: '', freeDeliveryThreshold: '', estimatedHours: '', isActive: true };

/** A tariff's prices (decimals in the organization's currency), estimate and state, in a dialog. */
export function TariffDialog({ slug, currency, zoneId, tariff, trigger }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent className="max-w-xl">
        <DialogHeader>
          <DialogTitle>{tariff ? `Edit ${tariff.values.name}` : 'Add a tariff'}</DialogTitle>
          <DialogDescription>Amounts in {currency}. Cost = base + cost per kg × the order’s weight; free from the threshold.</DialogDescription>
        </DialogHeader>
        {open && <TariffFields slug={slug} currency={currency} zoneId={zoneId} tariff={tariff} onDone={() => setOpen(false)} />}
      </DialogContent>
    </Dialog>
  );
}

function TariffFields({ slug, currency, zoneId, tariff, onDone }: Omit<Props, 'trigger'> & { onDone: () => void }) {
  const router = useRouter();
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: tariffFormSchema(currency),
    defaultValues: tariff?.values ?? EMPTY,
    action: (values): Promise<ActionResult<unknown>> => (tariff ? updateTariffAction(slug, { ...values, tariffId: tariff.id }) : createTariffAction(slug, { ...values, zoneId })),
    successMessage: tariff ? 'Tariff saved' : 'Tariff added',
    onSuccess: () => {
      onDone();
      router.refresh();
    },
  });
  const { register } = form;
  const errors = form.formState.errors;
  const money = { inputMode: 'decimal' as const, autoComplete: 'off' };

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2">
      <FormField id="tariff-name" label="Name" required error={errors.name?.message} description="Shoppers see it, e.g. Standard or Express." className="sm:col-span-2">
        <Input autoComplete="off" autoFocus {...register('name')} />
      </FormField>
      <FormField id="tariff-base" label={`Base cost (${currency})`} required error={errors.baseCost?.message}>
        <Input {...money} {...register('baseCost')} />
      </FormField>
      <FormField id="tariff-per-kg" label={`Cost per kg (${currency})`} error={errors.costPerKg?.message}>
        <Input {...money} placeholder="0" {...register('costPerKg')} />
      </FormField>
      <FormField id="tariff-min" label={`Minimum order (${currency})`} error={errors.minOrderAmount?.message} description="Offered from this amount.">
        <Input {...money} placeholder="0" {...register('minOrderAmount')} />
      </FormField>
      <FormField id="tariff-free" label={`Free from (${currency})`} error={errors.freeDeliveryThreshold?.message} description="Empty: never free.">
        <Input {...money} {...register('freeDeliveryThreshold')} />
      </FormField>
      <FormField id="tariff-hours" label="Estimated hours" error={errors.estimatedHours?.message} description="How long delivery takes, e.g. 24.">
        <Input inputMode="numeric" autoComplete="off" {...register('estimatedHours')} />
      </FormField>
      <div className="flex items-end">
        <Checkbox label="Active" {...register('isActive')} />
      </div>
      <FormError message={formError} className="sm:col-span-2" />
      <DialogFooter className="sm:col-span-2">
        <Button type="button" variant="outline" onClick={onDone} disabled={pending}>
          Cancel
        </Button>
        <Button type="submit" loading={pending}>
          {tariff ? 'Save tariff' : 'Add tariff'}
        </Button>
      </DialogFooter>
    </form>
  );
}
